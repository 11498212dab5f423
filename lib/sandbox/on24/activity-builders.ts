import { idValue } from "./model";
import type { ActivityContext as Ctx } from "./activity-records";
import { ATTENDEE_QUESTIONS, POLL_QUESTIONS, SURVEY_QUESTIONS, VE_LOCATIONS } from "./sample-data";

/**
 * One generator per nested array of an attendee record, each shaped like ON24's examples. Ids of things
 * every attendee of an event sees (polls, resources, CTAs) are per event, as in a real event.
 */
export const ACTIVITY_BUILDERS: Record<string, (c: Ctx) => Record<string, unknown>[]> = {
  polls: ({ m, reg, r, at }) =>
    Array.from({ length: r.int(1, 2) }, (_, i) => {
      const q = POLL_QUESTIONS[(reg.ev.index + i) % POLL_QUESTIONS.length];
      const choice = r.int(0, q.a.length - 1);
      return {
        pollid: idValue(m, 16_000_000 + reg.ev.index * 100 + i),
        pollsubmittedtimestamp: at(0.2 + 0.3 * i),
        pollquestionid: idValue(m, 6_000_000 + reg.ev.index * 100 + i),
        pollquestion: q.q,
        pollanswers: [q.a[choice]],
        pollanswersdetail: [{ answercode: `choice${choice + 1}`, answer: q.a[choice] }],
      };
    }),
  questions: ({ m, reg, s, r, at }) => {
    const answered = r.chance(0.7);
    return [
      {
        questionid: idValue(m, 1_000_000 + ((reg.eventUserId * 7 + s.id) % 9_000_000)),
        createtimestamp: at(0.4),
        content: r.pick(ATTENDEE_QUESTIONS),
        ...(answered
          ? {
              answer: {
                createtimestamp: at(0.6),
                content: "Thanks for asking: yes, see the resources tab.",
                presenterid: idValue(m, 2_223_110),
                presentername: "Sam Presenter",
                privacy: "Private",
              },
            }
          : {}),
      },
    ];
  },
  reactions: ({ s, r, at }) =>
    Array.from({ length: r.int(1, 3) }, (_, i) => ({
      type: r.pick(["like", "heart", "laugh", "celebrate"]),
      timefromstart: (i + 1) * r.int(1, Math.max(1, s.minutes)),
      datetime: at(0.1 * (i + 1)),
    })),
  breakouts: ({ reg, s, r }) => [
    {
      breakoutid: String(4800 + reg.ev.index),
      breakoutname: "Breakout Room",
      breakoutrole: "Attendee",
      breakoutcumulativeliveminutes: r.int(1, Math.max(1, s.minutes)),
    },
  ],
  calltoactions: ({ reg, r, at }) => [
    {
      ctaid: String(83_970_000 + reg.ev.index),
      ctaname: "Download the guide",
      clicks: String(r.int(1, 3)),
      action: "https://www.example.com/guide",
      date: at(0.7),
    },
  ],
  resources: ({ m, reg, r, at }) =>
    Array.from({ length: r.int(1, 2) }, (_, i) => ({
      resourceid: idValue(m, 30_900_000 + reg.ev.index * 10 + i),
      resourceviewed: i === 0 ? "Slides (PDF)" : "Product Overview",
      resourceviewedtimestamp: at(0.5 + 0.2 * i),
      ...(reg.ev.contentType === "virtualenvironment"
        ? { resourceviews: r.int(1, 3), resourcetype: "WEBCAST", sponsorid: idValue(m, 223_628), sponsorname: "Sponsor_1" }
        : {}),
    })),
  surveys: ({ m, reg, r, at }) => [
    {
      surveyid: reg.ev.contentType === "virtualenvironment" ? String(6_388_000 + reg.ev.index) : `${reg.ev.eventId}_survey1`,
      surveysubmittedtimestamp: at(0.95),
      surveyquestions: SURVEY_QUESTIONS.slice(0, r.int(1, 2)).map((q, i) => {
        const choice = r.int(0, q.a.length - 1);
        return {
          surveyquestionid: idValue(m, 987_000 + reg.ev.index * 10 + i),
          surveyquestion: q.q,
          ...(reg.ev.contentType === "webcast" ? { questioncode: String(110 + i) } : {}),
          surveyanswers: [q.a[choice]],
          surveyanswersdetail: [{ answercode: `choice${choice + 1}`, answer: q.a[choice] }],
        };
      }),
    },
  ],
  certifications: ({ m, reg, r, at }) => {
    const passed = r.chance(0.8);
    return [
      {
        certificationid: idValue(m, 83_328_000 + reg.ev.index),
        certificationresult: passed ? "C" : "NC",
        certificationname: "Continuing Education Credit",
        certificationcredit: passed ? "1" : "NR",
        certificationtimestamp: at(1),
        certificationurl: `https://event.on24.com/ceCertficate/sandbox/certificate_${reg.eventUserId}.pdf`,
      },
    ];
  },
  testwidgets: ({ r }) => {
    const needed = r.int(2, 4);
    const provided = r.int(needed - 1, needed);
    return [
      {
        testwidgetresult: provided >= needed ? "P" : "F",
        retries: r.int(0, 2),
        correctanswersneeded: needed,
        correctanswersprovided: provided,
      },
    ];
  },
  shareidea: ({ r, at }) => [
    {
      topic: "How can we increase our audience engagement?",
      type: "IDEA",
      description: "More interactive polls.",
      ideanumber: r.int(60_000, 69_999),
      datetime: at(0.5),
    },
  ],
  twitterwidget: ({ at }) => [{ date: at(0.3), tweetdescription: "Great session on marketing automation!" }],
  calendly: ({ r }) => [{ meetingsbooked: r.int(1, 2) }],
  locationvisits: ({ m, s, r }) =>
    VE_LOCATIONS.slice(0, r.int(1, VE_LOCATIONS.length)).map((loc) => {
      const duration = r.int(1, Math.max(1, s.minutes));
      return {
        ...loc,
        locationid: idValue(m, loc.locationid),
        sponsorid: idValue(m, loc.sponsorid),
        visits: r.int(1, 5),
        visitsduration: duration,
        cumulativevisitsduration: duration,
      };
    }),
};
