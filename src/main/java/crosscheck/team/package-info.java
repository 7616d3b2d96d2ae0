/** Working as a team: members, sign-in, invites, API tokens, share links, the claim workflow, live changes and exports. */
package crosscheck.team;
