import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .pipe(z.email("Enter a valid email address, like name@company.com."));

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const personNameField = z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.");

export const workspaceNameField = z.string().trim().min(2, "Name your workspace (at least 2 characters).").max(80, "Use at most 80 characters.");

/** Only a path on this site, so `?next=` can never send someone to another host. */
export const nextPathField = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])/.test(value) ? value : "/"));

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password."),
  next: nextPathField,
});

export const signupSchema = z.object({
  name: personNameField,
  email: emailField,
  password: newPasswordField,
  workspaceName: workspaceNameField,
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({ token: z.string().min(1), password: newPasswordField, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { message: "The two passwords do not match.", path: ["confirmPassword"] });
