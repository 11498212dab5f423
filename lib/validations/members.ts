import { z } from "zod";
import { ROLES } from "@/db/schema";
import { emailField, newPasswordField, personNameField } from "./auth";

export const roleField = z.enum(ROLES, { message: "Choose a role." });

export const inviteMemberSchema = z.object({ email: emailField, role: roleField });

export const changeRoleSchema = z.object({ userId: z.uuid("Unknown member."), role: roleField });

export const removeMemberSchema = z.object({ userId: z.uuid("Unknown member.") });

export const revokeInvitationSchema = z.object({ invitationId: z.uuid("Unknown invitation.") });

/** Accepting an invitation as a new person: the email comes from the invitation, never from the form. */
export const acceptInvitationNewUserSchema = z.object({ token: z.string().min(1), name: personNameField, password: newPasswordField });

/** Accepting with an existing account: its password proves who is accepting. */
export const acceptInvitationExistingUserSchema = z.object({ token: z.string().min(1), password: z.string().min(1, "Enter your password.") });

/** Accepting while already signed in as the invited email. */
export const acceptInvitationSignedInSchema = z.object({ token: z.string().min(1) });
