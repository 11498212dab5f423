import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { getConnectionView } from "@/db/queries/connection";
import { getWorkspaceOptions } from "@/db/queries/options";
import { requireWorkspace } from "@/lib/auth/context";
import { listRecipeEvents } from "@/lib/connection/recipe-events";
import { setupProgress } from "@/lib/connection/setup-progress";
import { FieldsTable } from "./fields-table";
import { Code, GuideStep, Path } from "./guide-step";
import { RecipesSection } from "./recipes-section";

export const metadata: Metadata = { title: "Setup guide" };

const REGION_NAMES = { na: "North America", eu: "Europe and Global" } as const;

export default async function SetupGuidePage() {
  const { workspace } = await requireWorkspace();
  const [view, options, events] = await Promise.all([
    getConnectionView(workspace.id),
    getWorkspaceOptions(workspace.id),
    listRecipeEvents(await getDb(), workspace.id),
  ]);
  if (!view) notFound();
  const state = setupProgress(view);
  const idTypes = view.region === "eu" ? "String" : "String or Integer";

  return (
    <>
      <PageHeader
        title="Setup guide"
        description={`The eight steps from the ON24 guide, for ${workspace.name}. Steps turn green as Test Connection confirms them.`}
      />
      <ol className="space-y-4">
        <GuideStep number={1} where="Marketo" title="Create an API-only role" state={state["api-role"]}>
          <p>
            In <Path>Admin › Users &amp; Roles › Roles</Path>, click <Path>New Role</Path>, name it <Code>API Only Role</Code>, expand{" "}
            <Path>API Access</Path> and tick only what the integration needs:
          </p>
          <ul className="ml-5 list-disc">
            <li>
              <Path>Read-Write Custom Object</Path> — to read and write ON24 Attendee records
            </li>
            <li>
              <Path>Read-Write Person</Path> — to find people, create new ones and write <Code>pEPURL__c</Code>
            </li>
          </ul>
        </GuideStep>
        <GuideStep number={2} where="Marketo" title="Create an API-only user" state={state["api-user"]}>
          <p>
            In <Path>Admin › Users &amp; Roles › Users</Path>, click <Path>Invite New User</Path>; on the permissions step choose the role{" "}
            <Path>API Only Role</Path> and tick <Path>API Only</Path>. Use this user for this integration alone: sharing an API user with
            other integrations mixes their activity and makes problems hard to trace.
          </p>
        </GuideStep>
        <GuideStep number={3} where="Marketo" title="Create a custom LaunchPoint service" state={state.launchpoint}>
          <p>
            In <Path>Admin › LaunchPoint</Path>, choose <Path>New › New Service</Path>, service <Path>Custom</Path>, and the API-only user of
            step 2. Then click <Path>View Details</Path> to copy the <Path>Client ID</Path> and <Path>Client Secret</Path>.
          </p>
          <p>
            In <Path>Admin › Integration › Web Services</Path>, copy the REST API <Path>Identity</Path> URL. Paste it as it is on the
            Connection page; the portal removes <Code>/identity</Code> for you.
          </p>
        </GuideStep>
        <GuideStep number={4} where="Marketo" title="Create the PEP URL field (optional)" state={state["pep-url"]}>
          <p>
            To give each person a link to their ON24 Prospect Engagement Profile, create a custom field with the API name{" "}
            <Code>pEPURL__c</Code> on the Salesforce Contact and Lead objects (it syncs to the Marketo person). The sync fills it when it
            exists; the API-only role needs Read-Write Person to write it.
          </p>
        </GuideStep>
        <GuideStep number={5} where="Marketo" title="Create the ON24 Attendee custom object" state={state["custom-object"]}>
          <p>
            In <Path>Admin › Marketo Custom Objects</Path>, click <Path>New Custom Object</Path>: display name <Code>ON24 Attendee</Code>, API
            name exactly <Code>oN24Attendee_c</Code>, plural <Code>ON24 Attendees</Code>, <Path>Show in Person Detail</Path> on.
          </p>
          <p>
            Add <Code>personid</Code> as a Link field to <Path>Person › ID</Path>, and <Code>eventid</Code> and <Code>eventuserid</Code> as{" "}
            {idTypes} fields — this workspace&apos;s ON24 account is in {REGION_NAMES[view.region]}
            {view.region === "eu" ? ", where they must be String" : ""}. Make those three the dedupe fields; they can&apos;t be changed
            after approval. Then add the optional fields you want and choose <Path>Custom Object Actions › Approve Object</Path>.
          </p>
          <FieldsTable region={view.region} />
        </GuideStep>
        <GuideStep number={6} where="ON24" title="Create API credentials" state={state["on24-token"]}>
          <p>
            In ON24 Elite, open <Path>Analytics › API Dashboard</Path> and click <Path>Provision a New API Access Token</Path>; name it{" "}
            <Code>Marketo ON24 Connect</Code>. Note the client ID, token key and token secret.
          </p>
          <p className="text-slate-600">
            A token belongs to the Elite user who created it and stops working if that user is removed. ON24 disables tokens that go
            unused for 60 days; the portal warns after 50.
          </p>
        </GuideStep>
        <GuideStep number={7} where="ON24 Connect" title="Set up the integration" state={state.connect}>
          <p>
            On the <Link href="/connection" className="text-brand-600 underline-offset-4 hover:underline">Connection page</Link>, enter the
            ON24 client ID and token and click <Path>Associate Access Token</Path>; enter the Marketo Client ID, Client Secret and Identity
            URL; click <Path>Test Connection</Path> and fix anything it reports; then <Path>Save</Path>. Save is refused while eventid or
            eventuserid have a type the region does not allow. Afterwards, choose what to sync in{" "}
            <Link href="/options" className="text-brand-600 underline-offset-4 hover:underline">Options</Link>.
          </p>
        </GuideStep>
        <GuideStep number={8} where="Marketo" title="Use the custom object for program membership and statuses" state={state["smart-campaigns"]}>
          <p>
            In each webinar&apos;s Marketo program, build trigger campaigns on the ON24 Attendee object. Here is what to set for each of
            your ON24 events:
          </p>
          <RecipesSection events={events} on24Registrants={options.on24Registrants} />
        </GuideStep>
      </ol>
    </>
  );
}
