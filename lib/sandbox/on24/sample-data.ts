/** Invented people and companies for the simulated account (no real person's data). */

export const FIRST_NAMES = [
  "Ava",
  "Ben",
  "Chloé",
  "Dev",
  "Elena",
  "Farah",
  "Gustavo",
  "Hana",
  "Ivan",
  "Jade",
  "Kenji",
  "Lena",
  "Mateo",
  "Nia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
  "Uma",
  "Victor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Aiko",
  "Bruno",
  "Carmen",
  "Dmitri",
  "Esther",
  "Finn",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kavya",
  "Liam",
  "Maya",
  "Noah",
] as const;

export const LAST_NAMES = [
  "Abara",
  "Berg",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "García",
  "Haddad",
  "Ito",
  "Jensen",
  "Kowalski",
  "Larsen",
  "Moreau",
  "Nakamura",
  "O'Brien",
  "Patel",
  "Quintero",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Usman",
  "Varga",
  "Weber",
  "Xu",
  "Yilmaz",
  "Zhang",
  "Alves",
  "Brennan",
  "Costa",
  "Diallo",
  "Evans",
  "Ferreira",
  "Gupta",
  "Horvat",
  "Iqbal",
  "Jovanović",
] as const;

export const COMPANIES = [
  { name: "Acme Analytics", domain: "acme-analytics.example", industry: "Software", size: "1000 - 4999" },
  { name: "Birchwood Health", domain: "birchwood-health.example", industry: "Healthcare", size: "5000+" },
  { name: "Cobalt Logistics", domain: "cobalt-logistics.example", industry: "Transportation", size: "500 - 999" },
  { name: "Delta Fintech", domain: "deltafin.example", industry: "Financial Services", size: "100 - 499" },
  { name: "Evergreen Energy", domain: "evergreen-energy.example", industry: "Energy", size: "1000 - 4999" },
  { name: "Foxglove Media", domain: "foxglove.example", industry: "Media", size: "50 - 99" },
  { name: "Granite Manufacturing", domain: "granite-mfg.example", industry: "Manufacturing", size: "5000+" },
  { name: "Harbor Education", domain: "harbor-edu.example", industry: "Education", size: "100 - 499" },
  { name: "Ion Retail", domain: "ion-retail.example", industry: "Retail", size: "1000 - 4999" },
  { name: "Juniper Legal", domain: "juniperlegal.example", industry: "Legal", size: "1 - 49" },
  { name: "Kite Robotics", domain: "kite-robotics.example", industry: "Software", size: "50 - 99" },
  { name: "Lumen Pharma", domain: "lumen-pharma.example", industry: "Pharmaceuticals", size: "5000+" },
  { name: "Mosaic Consulting", domain: "mosaic-consult.example", industry: "Professional Services", size: "1 - 49" },
  { name: "Nimbus Cloud", domain: "nimbus-cloud.example", industry: "Software", size: "500 - 999" },
  { name: "Orchard Foods", domain: "orchard-foods.example", industry: "Food & Beverage", size: "1000 - 4999" },
  { name: "Pinnacle Insurance", domain: "pinnacle-ins.example", industry: "Insurance", size: "5000+" },
] as const;

export const JOB_TITLES = [
  "Marketing Manager",
  "Demand Generation Lead",
  "VP Marketing",
  "Data Analyst",
  "Sales Director",
  "IT Manager",
  "Product Manager",
  "CTO",
  "Operations Coordinator",
  "Content Strategist",
  "Account Executive",
  "Engineer",
] as const;

export const JOB_FUNCTIONS = ["Manager", "Director", "Executive", "Individual Contributor", "Consultant"] as const;

export const LOCATIONS = [
  { city: "San Francisco", state: "CA", zip: "94105", country: "United States" },
  { city: "Boston", state: "MA", zip: "02139", country: "United States" },
  { city: "Austin", state: "TX", zip: "78701", country: "United States" },
  { city: "Toronto", state: "ON", zip: "M5V 2T6", country: "Canada" },
  { city: "London", state: "", zip: "EC1A 1BB", country: "United Kingdom" },
  { city: "Berlin", state: "", zip: "10115", country: "Germany" },
  { city: "Tokyo", state: "", zip: "100-0005", country: "Japan" },
  { city: "Sydney", state: "NSW", zip: "2000", country: "Australia" },
] as const;

export const PARTNER_REFS = ["", "", "newsletter", "linkedin", "website", "partner_acme"] as const;
export const UTM_SOURCES = ["newsletter", "linkedin", "google", "partner"] as const;

export const EVENT_TOPICS = [
  "Scaling Demand Generation in 2026",
  "Data Privacy for Marketers",
  "AI in the Customer Journey",
  "Building a Content Engine",
  "Account-Based Marketing Playbook",
  "Measuring Pipeline Influence",
  "Webinar Best Practices",
  "Customer Stories: From Lead to Renewal",
] as const;

export const POLL_QUESTIONS = [
  {
    q: "Which products are you interested in? (select all that apply)",
    a: ["Webinars", "Engagement Hub", "Target", "Virtual Conference"],
  },
  { q: "How familiar are you with virtual event solutions?", a: ["Unfamiliar", "Somewhat familiar", "Very familiar"] },
  { q: "What is your biggest challenge with webinars?", a: ["Content Creation", "Promotion", "Measuring ROI"] },
] as const;

export const SURVEY_QUESTIONS = [
  { q: "How would you rate this session?", a: ["Excellent", "Good", "Fair", "Poor"] },
  { q: "What industry are you in?", a: ["Software", "Healthcare", "Food& Beverage", "Other"] },
  { q: "Would you like a follow-up from our team?", a: ["Yes", "No"] },
] as const;

export const ATTENDEE_QUESTIONS = [
  "Will the slides be shared after the session?",
  "How does this integrate with Marketo?",
  "Can you share pricing details?",
  "Is there a recording for on-demand viewing?",
] as const;

export const VE_LOCATIONS = [
  { locationid: 2, locationcode: "home", locationname: "Plaza", sponsorid: 0, sponsorname: "Environment-level" },
  { locationid: 5, locationcode: "expo", locationname: "Expo Hall", sponsorid: 223628, sponsorname: "Sponsor_1" },
  { locationid: 7, locationcode: "lounge", locationname: "Networking Lounge", sponsorid: 0, sponsorname: "Environment-level" },
] as const;
