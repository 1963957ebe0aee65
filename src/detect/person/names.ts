import data from './names.generated.json' with { type: 'json' };

/** Name knowledge, built on first use (a few ms) so that importing the detector stays cheap. */
export interface NameLists {
  given: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  /** Names that are also ordinary German words ("Koch", "Winter"). */
  deAmbig: ReadonlySet<string>;
  /** Names that are also ordinary English words ("Will", "Grant"). */
  enAmbig: ReadonlySet<string>;
}

let lists: NameLists | null = null;

// Collisions the dictionaries do not flag (adjectives/verbs with a rare noun reading, brands).
const EXTRA_DE_AMBIG = `Frank Ernst Klein Lang Jung Groß Gross Kurz Stark Fromm Froh Frei Fest Stolz Kühn Mild Sauer
Rot Weiß Weiss Schwarz Braun Grün Blau Gelb Link Rechts Hart Weich Bauer Hahn Fuchs Vogel Adler Storch Wolf
Bär Löwe Fink Strauß Strauss Busch Baum Stein Berg Tal Feld Wald Wiese Bach See Meer Sonne Mond Stern Engel Teufel
Glück Segen Heil Friede Frieden Mut Hoffnung Rose Lilie Nelke Tulpe Aster Erika Heide Linde Eiche Birke Tanne Ahorn
Koch Schmied Müller Bäcker Fischer Jäger Weber Schneider Schuster Kaiser König Fürst Graf Herzog Ritter
Richter Vogt Meister Zimmermann Schäfer Kraft Post Bank Kasse Mark Will Jan Mai August Winter Sommer Herbst Lenz Ostern Pfingst Mercedes
Porsche Benz Siemens Bosch Miele Daimler Opel Ford Dell Tesla Oracle Apple Amazon Google Alexa Siri Linux Python Java Ruby
Jasmin Kira Nova Luna Sky Summer Autumn April June Ruby Amber Jade Pearl Crystal`;
const EXTRA_EN_AMBIG = `Will May Mark Bill Grant Rose Page Young Long Brown White Black Green Gray Grey Hunter Bishop
Cook Baker Miller Smith Carter Parker Walker Turner Cooper King Bell Hill Wood Stone Rich Hope Faith Grace Joy Honor
Chase Frank Earnest Art Guy Pat Sue Dick Rob Gene Jack Bob Nick Ray Don Dean Drew Hank Max Gray Summer Autumn April June
Apple Amazon Google Tesla Ford Dell Oracle Alexa Siri Ruby Python Java Windows Office Teams Slack Zoom Jira Excel Word`;

export function nameLists(): NameLists {
  if (lists) return lists;
  const s = (x: string) => new Set(x.split(/[|\s]+/).filter(Boolean));
  // The generated lists are "|"-joined without blanks: a plain split (twice as fast at start-up)
  // gives the same words. Anything else takes the general path.
  const g = (x: string) => (/[\s]|^\||\|\||\|$/.test(x) ? s(x) : new Set(x.split('|')));
  const deAmbig = g(data.deAmbig);
  for (const w of s(EXTRA_DE_AMBIG)) deAmbig.add(w);
  const enAmbig = g(data.enAmbig);
  for (const w of s(EXTRA_EN_AMBIG)) enAmbig.add(w);
  lists = { given: g(data.given), surname: g(data.surname), deAmbig, enAmbig };
  return lists;
}
