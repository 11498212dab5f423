// The Marketo simulator finds a lead by email by scanning every lead, once per record of a create: at
// tens of thousands of leads that costs the simulator more CPU than the engine uses, on the same two
// cores. The benchmark gives its instances an email index (same answers, same order), so the figures
// measure the engine and not the simulator's scan.
import type { SandboxInstance, SandboxLead } from "@/lib/sandbox/marketo/instance";

const keyOf = (email: string | null | undefined) => email?.trim().toLowerCase() ?? "";

export function indexLeadsByEmail(instance: SandboxInstance): void {
  const byEmail = new Map<string, SandboxLead[]>();
  const add = (lead: SandboxLead) => {
    const key = keyOf(lead.email);
    if (key) byEmail.set(key, [...(byEmail.get(key) ?? []), lead]);
  };
  instance.leads.forEach(add);
  const addLead = instance.addLead.bind(instance);
  instance.addLead = (seed, now) => {
    const lead = addLead(seed, now);
    add(lead);
    return lead;
  };
  // Checked again on the way out: a lead deleted or given another address since it was indexed is not returned.
  instance.leadsByEmail = (email) => (byEmail.get(keyOf(email)) ?? []).filter((lead) => instance.leads.get(lead.id) === lead && keyOf(lead.email) === keyOf(email));
}
