import type { OutgoingMail } from './mailer.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function layout(paragraphs: string[], action: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1b1e">${body}<p><a href="${escape(action.url)}" style="background:#0c8599;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(action.label)}</a></p><p style="color:#555;font-size:13px">Or paste this link into your browser: ${escape(action.url)}</p></body></html>`;
}

export function invitationMail(input: {
  to: string;
  name: string;
  orgName: string;
  inviterName: string | null;
  url: string;
}): OutgoingMail {
  const who = input.inviterName ? `${input.inviterName} has invited you` : 'You have been invited';
  const lines = [
    `Hello ${input.name},`,
    `${who} to join ${input.orgName} on Kindred, where trainees and students find peer mentoring and peer support.`,
    'The link below is yours alone and works for 7 days.',
  ];
  return {
    to: input.to,
    subject: `You are invited to ${input.orgName} on Kindred`,
    text: `${lines.join('\n\n')}\n\nAccept the invitation: ${input.url}\n`,
    html: layout(lines, { label: 'Accept the invitation', url: input.url }),
  };
}

export function passwordResetMail(input: { to: string; name: string; url: string }): OutgoingMail {
  const lines = [
    `Hello ${input.name},`,
    'Someone asked to reset the password of your Kindred account. If it was you, use the link below within one hour.',
    'If it was not you, ignore this e-mail: your password stays as it is.',
  ];
  return {
    to: input.to,
    subject: 'Reset your Kindred password',
    text: `${lines.join('\n\n')}\n\nReset your password: ${input.url}\n`,
    html: layout(lines, { label: 'Choose a new password', url: input.url }),
  };
}

interface SharedContact {
  email: string | null;
  phone: string | null;
  note: string | null;
}

/** How to reach the other person, in what they chose to share (issue 11 item 4), or what to do when they shared nothing. */
function reachLine(otherName: string, shares: SharedContact | null, profileUrl: string): string {
  const ways = [
    shares?.email && `e-mail ${shares.email}`,
    shares?.phone && `phone ${shares.phone}`,
    shares?.note && `"${shares.note}"`,
  ].filter(Boolean);
  if (ways.length > 0) return `To reach ${otherName}: ${ways.join(' · ')}.`;
  return `${otherName} has not shared contact details yet: your pair space shows them once they do, and your coordinator can put you in touch meanwhile. Share yours so ${otherName} can reach you: ${profileUrl}`;
}

export function matchedMail(input: {
  to: string;
  name: string;
  otherName: string;
  otherShares: SharedContact | null;
  role: 'mentor' | 'mentee';
  programName: string;
  url: string;
  profileUrl: string;
}): OutgoingMail {
  const lines = [
    `Hello ${input.name},`,
    input.role === 'mentee'
      ? `You have a mentor in ${input.programName}: ${input.otherName}.`
      : `You are mentoring ${input.otherName} in ${input.programName}.`,
    reachLine(input.otherName, input.otherShares, input.profileUrl),
    'Your pair space has your meeting plan, your shared goals and an agreement to read and accept together. Peer mentoring is peer support: not supervision, counselling or therapy.',
  ];
  return {
    to: input.to,
    subject: `You have been matched in ${input.programName}`,
    text: `${lines.join('\n\n')}\n\nOpen your pair space: ${input.url}\n`,
    html: layout(lines, { label: 'Open your pair space', url: input.url }),
  };
}

/** Succession: this year's mentee is asked to mentor next year's, in the words of the program's audience. */
export function successionMail(input: {
  to: string;
  name: string;
  programName: string;
  nextProgramName: string;
  nextMentees: string;
  opensOn: string;
  url: string;
}): OutgoingMail {
  const lines = [
    `Hello ${input.name},`,
    `You were mentored in ${input.programName}. Next year's ${input.nextMentees} will need someone who has just been where they are.`,
    `Applications for ${input.nextProgramName} open on ${input.opensOn}.`,
  ];
  return {
    to: input.to,
    subject: `Would you mentor in ${input.nextProgramName}?`,
    text: `${lines.join('\n\n')}\n\n${input.url}\n`,
    html: layout(lines, { label: 'See the program', url: input.url }),
  };
}
