import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listMembers, listPendingInvitations } from "@/db/queries/members";
import { requireWorkspace } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/components/ui/format-date";
import { InviteForm } from "./invite-form";
import { RemoveMemberButton, RoleSelect } from "./member-actions";
import { RevokeInvitationButton } from "./revoke-invitation-button";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const { user, workspace } = await requireWorkspace("admin");
  const [members, invitations] = await Promise.all([listMembers(workspace.id), listPendingInvitations(workspace.id)]);

  return (
    <>
      <PageHeader title="Members" description={`People who can sign in to ${workspace.name}, and what each of them can do.`} />
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle>Invite a teammate</CardTitle>
            <CardDescription>
              They get an email with a link to join. Admins manage members and options; marketers set up the connection;
              viewers read the activity log.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <InviteForm />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>
              Members <span className="font-normal text-slate-500">({members.length})</span>
            </CardTitle>
          </CardHeader>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Person</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Joined</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((member) => (
                <TableRow key={member.userId} data-testid="member-row" data-email={member.email}>
                  <TableCell>
                    <div className="font-medium text-slate-900">
                      {member.name || member.email}
                      {member.userId === user.id && (
                        <Badge tone="brand" className="ml-2">
                          You
                        </Badge>
                      )}
                    </div>
                    <div className="text-xs text-slate-500">{member.email}</div>
                  </TableCell>
                  <TableCell>
                    <RoleSelect member={member} />
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-slate-500">{formatDate(member.joinedAt)}</TableCell>
                  <TableCell className="text-right">
                    <RemoveMemberButton member={member} isSelf={member.userId === user.id} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>

        {invitations.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle>Pending invitations</CardTitle>
              <CardDescription>Links that have not been used yet. Each works for 7 days.</CardDescription>
            </CardHeader>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Email</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Invited by</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.map((invitation) => (
                  <TableRow key={invitation.id} data-testid="invitation-row">
                    <TableCell className="font-medium text-slate-900">{invitation.email}</TableCell>
                    <TableCell>
                      <Badge>{ROLE_LABELS[invitation.role]}</Badge>
                    </TableCell>
                    <TableCell className="text-slate-500">{invitation.invitedByName || "—"}</TableCell>
                    <TableCell className="whitespace-nowrap text-slate-500">{formatDate(invitation.expiresAt)}</TableCell>
                    <TableCell>
                      <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </div>
    </>
  );
}
