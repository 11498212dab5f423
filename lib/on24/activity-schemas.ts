import { z } from "zod";
import { listOf, optId, optNum, optStr, stringList } from "./schema-primitives";

/**
 * The nested arrays of an attendee record (on24-api-notes.md §3.2). Every shape is a loose object, so
 * fields ON24 adds later (or that only some content types send) pass through to the mapping untouched.
 */

const answerDetail = z.looseObject({ answercode: optStr, answer: optStr });

export const questionSchema = z.looseObject({
  questionid: optId,
  createtimestamp: optStr,
  content: optStr,
  answer: z
    .looseObject({ createtimestamp: optStr, content: optStr, presenterid: optId, presentername: optStr, privacy: optStr })
    .optional()
    .catch(undefined),
});

export const pollSchema = z.looseObject({
  pollid: optId,
  pollsubmittedtimestamp: optStr,
  pollquestionid: optId,
  pollquestion: optStr,
  pollanswers: stringList,
  pollanswersdetail: listOf(answerDetail),
});

export const surveySchema = z.looseObject({
  surveyid: optId,
  surveysubmittedtimestamp: optStr,
  surveyquestions: listOf(
    z.looseObject({
      surveyquestionid: optId,
      surveyquestion: optStr,
      questioncode: optStr,
      primaryquestioncode: optStr,
      surveyanswers: stringList,
      surveyanswersdetail: listOf(answerDetail),
    }),
  ),
});

export const resourceSchema = z.looseObject({
  resourceid: optId,
  resourceviewed: optStr,
  resourceviewedtimestamp: optStr,
  resourceviews: optNum,
  resourcetype: optStr,
  sponsorid: optId,
  sponsorname: optStr,
});

export const callToActionSchema = z.looseObject({ ctaid: optId, ctaname: optStr, clicks: optNum, action: optStr, date: optStr });

/** meetingconversions, democonversions, freetrial, contactus, getpricing, drift. */
export const widgetSubmissionSchema = z.looseObject({
  widgetid: optId,
  widgetname: optStr,
  widgettype: optStr,
  widgetaction: optStr,
  widgetsubmittedtimestamp: optStr,
});

export const breakoutSchema = z.looseObject({
  breakoutid: optId,
  breakoutname: optStr,
  breakoutrole: optStr,
  breakoutcumulativeliveminutes: optNum,
});

export const locationVisitSchema = z.looseObject({
  locationid: optId,
  locationcode: optStr,
  locationname: optStr,
  sponsorid: optId,
  sponsorname: optStr,
  visits: optNum,
  visitsduration: optNum,
  cumulativevisitsduration: optNum,
});

export const certificationSchema = z.looseObject({
  certificationid: optId,
  certificationresult: optStr,
  certificationname: optStr,
  certificationcredit: optStr,
  certificationtimestamp: optStr,
  certificationurl: optStr,
});

export const testWidgetSchema = z.looseObject({
  testwidgetresult: optStr,
  retries: optNum,
  correctanswersneeded: optNum,
  correctanswersprovided: optNum,
});

export const attendeeActivityShape = {
  questions: listOf(questionSchema),
  polls: listOf(pollSchema),
  surveys: listOf(surveySchema),
  resources: listOf(resourceSchema),
  calltoactions: listOf(callToActionSchema),
  meetingconversions: listOf(widgetSubmissionSchema),
  democonversions: listOf(widgetSubmissionSchema),
  freetrial: listOf(widgetSubmissionSchema),
  contactus: listOf(widgetSubmissionSchema),
  getpricing: listOf(widgetSubmissionSchema),
  drift: listOf(widgetSubmissionSchema),
  breakouts: listOf(breakoutSchema),
  locationvisits: listOf(locationVisitSchema),
  certifications: listOf(certificationSchema),
  testwidgets: listOf(testWidgetSchema),
  calendly: listOf(z.looseObject({ meetingsbooked: optNum })),
  shareidea: listOf(
    z.looseObject({ topic: optStr, type: optStr, description: optStr, ideanumber: optId, rating: optNum, datetime: optStr }),
  ),
  reactions: listOf(z.looseObject({ type: optStr, timefromstart: optNum, datetime: optStr })),
  twitterwidget: listOf(z.looseObject({ date: optStr, tweetdescription: optStr })),
};
