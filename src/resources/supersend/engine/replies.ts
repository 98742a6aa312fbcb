/**
 * The text of a drawn reply or autoresponse: one of a few templates of its category, picked with ONE draw
 * from the workspace's seeded random source (so the same seed and requests give the same text), greeting
 * the sender by first name and signed with the contact's first name.
 */
import type { Random } from '../../../workspace/random.js';

export const REPLY_BODIES: Record<string, readonly string[]> = {
  interested: [
    'Thanks for reaching out, this is timely. We are looking at exactly this for next quarter. Could you send over more details?',
    'Sounds interesting. I would like to learn more about how this would work for our team.',
    'Good timing, we have been meaning to look into this. Happy to hear more.',
  ],
  question: [
    'Quick question before we go further: how does pricing work for a team of our size?',
    'Does this integrate with the tools we already use? Let me know.',
    'Could you share a case study from a company similar to ours?',
  ],
  meeting_request: [
    'Let us find time to talk. Does Tuesday or Wednesday afternoon work for you?',
    'Happy to jump on a call next week. Send me a few times that suit you.',
    'Could we set up a 30-minute call? My calendar is fairly open on Thursday.',
  ],
  not_interested: [
    'Thanks, but we are not interested at the moment. Please remove me from your list.',
    'Not a fit for us right now. Appreciate you reaching out.',
    'We already have a solution for this, so I will pass. Thanks.',
  ],
  needs_review: [
    'Forwarding this to my colleague who handles vendor conversations.',
    'I am not the right person for this, but I will pass it along.',
    'Received. I will take a look when I am back at my desk.',
  ],
};

export const OUT_OF_OFFICE: readonly ((until: string) => string)[] = [
  until => `I am out of the office until ${until} with limited access to email. I will reply when I return.`,
  until => `Thank you for your message. I am away until ${until} and will respond once I am back.`,
  until => `Auto-reply: I am currently out of the office and will return on ${until}.`,
];

export interface ReplyPeople {
  /** The contact's first name (signs the reply). */
  contactFirstName: string | null;
  /** The sender's first name (greeted). */
  senderFirstName: string | null;
}

function compose(body: string, people: ReplyPeople): string {
  const greeting = people.senderFirstName ? `Hi ${people.senderFirstName},` : 'Hi,';
  return [greeting, body, people.contactFirstName].filter(Boolean).join('\n\n');
}

/** A reply of `category` (an AI reply category; unknown ones read as needs_review). */
export function replyText(random: Random, category: string, people: ReplyPeople): string {
  return compose(random.pick(REPLY_BODIES[category] ?? REPLY_BODIES.needs_review), people);
}

/**
 * "September 7, 2026": one formatter for every answer (toLocaleDateString builds one per call, ~0.2 ms),
 * made on first use (building it loads locale data, which start-up need not wait for).
 */
let returnDay: Intl.DateTimeFormat | undefined;
const formatReturnDay = (ms: number) => (returnDay ??= new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' })).format(ms);

/** An out-of-office answer naming the day the contact is back (`until`, epoch ms, shown in UTC). */
export function outOfOfficeText(random: Random, until: number, people: ReplyPeople): string {
  const day = formatReturnDay(until);
  return [random.pick(OUT_OF_OFFICE)(day), people.contactFirstName].filter(Boolean).join('\n\n');
}
