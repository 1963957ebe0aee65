/**
 * Animals named like people: a zoo's, a stable's, a circus's or a kennel's ("Elefantenkuh
 * Frieda", "Hengst „Sultan“", 'Red panda "Ruby"'), and pets in a groomer's bookings or a dog
 * walkers' chat ("Bruno;Golden Retriever;Baden", "Mia (der Beagle, …)"). A one-word name after
 * the animal's kind or before its breed is the animal's, and so is the same word elsewhere in
 * the text; a full name there is a person ("Schäferhund Meike Albers": the dog's owner).
 */
import { blanksBefore, isLatinLetter } from '../../util/chars.js';
import { endsWithAny } from '../../util/suffix.js';

type Span = { start: number; end: number };

/** Animals a zoo, a stable, a kennel or a farm names: the word before a name (in any case). */
const ANIMALS = new Set(
  `hund hündin rüde welpe katze kater pferd pony hengst stute wallach fohlen esel kuh bulle bullen stier kalb ziege schaf schwein
  bär bärin wolf wölfin löwe löwin tiger tigerin elefant elefantin giraffe affe gorilla schimpanse pinguin robbe seehund
  papagei eule luchs dog puppy cat kitten horse mare stallion gelding foal pony donkey cow bull calf goat sheep pig panda
  bear lion lioness tigress elephant giraffe wolf otter penguin parrot gorilla chimp chimpanzee orangutan meerkat koala
  kangaroo joey camel alpaca llama tortoise`.split(/\s+/),
);
/** German compounds that end in an animal: "Elefantenkuh", "Braunbärin", "Zuchthengst". */
const ANIMAL_TAIL = endsWithAny('kuh|bulle|hengst|stute|hündin|kater|bär|bärin|löwin|katze|hund|wölfin|affe|pferd', true);

/** Dog and cat breeds (and their words) that follow a pet's name in a booking or a chat. */
const BREEDS = new Set(
  `retriever labrador labradoodle goldendoodle beagle dackel dachshund mops pug malteser maltese pudel poodle bulldog
  bulldogge terrier collie spaniel husky chihuahua rottweiler dobermann doberman greyhound whippet schnauzer pinscher
  windhund afghane dalmatiner dalmatian shih-tzu havaneser havanese samojede samoyed shiba corgi cockapoo cavapoo
  schäferhund sheepdog mischling perser siamkatze maine-coon hauskatze kitten welpe puppy`.split(/\s+/),
);
const BREED_AFTER = /^[ \t]*[;,|(][ \t]*(?:(?:der|die|the|a|ein|eine)[ \t]+)?([\p{L}-]+)(?:[ \t]+([\p{L}-]+))?/u;
const QUOTE_NEXT = /^[ \t][„"'‚]/;

function oneWord(text: string, f: Span): boolean {
  const sp = text.indexOf(' ', f.start);
  return sp < 0 || sp >= f.end;
}

/** The word before `at` (across blanks and quotes) names an animal's kind. */
function animalBefore(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && /[ \t„“"'‚‘]/.test(text.charAt(e - 1)) && at - e < 4) e--;
  if (e === at) return false;
  let s = e;
  while (s > 0 && e - s < 24 && isLatinLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || (s > 0 && isLatinLetter(text.charCodeAt(s - 1)))) return false;
  const w = text.slice(s, e).toLowerCase();
  if (ANIMALS.has(w) || (w.length > 5 && ANIMAL_TAIL.test(w))) return true;
  // "ein Rottweiler namens „Rocky“", "a spaniel called Biscuit": the kind before the naming word.
  return NAMING.has(w) && (animalBefore(text, s) || BREEDS.has(wordBefore(text, s)));
}

/** Words that give an animal its name after its kind. */
const NAMING = new Set(['namens', 'genannt', 'called', 'named']);

/** The word before `at` across blanks, lower case ("" if none). */
function wordBefore(text: string, at: number): string {
  const e = blanksBefore(text, at);
  let s = e;
  while (s > 0 && e - s < 24 && (isLatinLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
  return text.slice(s, e).toLowerCase();
}

/** A personal title right before a name: "Herrn Fink (ein Rottweiler …)" is the dog's owner. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Herrn?|Frau|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Miss|Dr\.?)[ \t]+$/u;

/** After a one-word name, its breed: "Bruno;Golden Retriever", "Winston,Bulldog", "Mia (der Beagle". */
function breedAfter(text: string, end: number): boolean {
  const m = BREED_AFTER.exec(text.slice(end, end + 40));
  return m !== null && (BREEDS.has(m[1]!.toLowerCase()) || (m[2] !== undefined && BREEDS.has(m[2].toLowerCase())));
}

/** The one-word findings the text shows to be animals' names, or null when none is. */
export function animalNames(text: string, found: readonly Span[]): Set<string> | null {
  let names: Set<string> | null = null;
  for (const f of found) {
    if (!oneWord(text, f) || TITLE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    if (animalBefore(text, f.start) || breedAfter(text, f.end)) (names ??= new Set()).add(text.slice(f.start, f.end));
  }
  return names;
}

/** An animal's name: one of `names`, or one word after an animal's kind. */
export function isAnimal(text: string, f: Span, names: ReadonlySet<string> | null): boolean {
  return (names !== null && names.has(text.slice(f.start, f.end))) || (oneWord(text, f) && animalBefore(text, f.start));
}

/** The animal's kind found as a name before the animal's quoted name: "Wolf „Kuno“". */
export function animalKindBeforeName(text: string, f: Span): boolean {
  return ANIMALS.has(text.slice(f.start, f.end).toLowerCase()) && QUOTE_NEXT.test(text.slice(f.end, f.end + 3));
}
