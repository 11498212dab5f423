// Syntactic email checks. ON24 marks forgotten users with "{event_user_id}-deleted", which must not pass.

/** local@domain.tld with no spaces, one @, dot-separated domain labels and a letter-only TLD. */
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@(?:[^\s@.]+\.)+[^\s@.\d][^\s@.]*$/u;
/** Marketo creates people only from ASCII addresses (Sync Leads: "Email values must be ASCII"). */
const ASCII = /^[\x21-\x7e]+$/;

export function isValidEmail(value: string): boolean {
  if (!EMAIL.test(value)) return false;
  const [local] = value.split("@");
  return !local.startsWith(".") && !local.endsWith(".") && !local.includes("..");
}

export function isAsciiEmail(value: string): boolean {
  return ASCII.test(value) && isValidEmail(value);
}
