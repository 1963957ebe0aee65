import { describe, expect, it } from 'vitest';
import { personDetector } from '../src/detect/person.js';
import { runRules } from '../src/detect/person/core.js';
import { refineInformal } from '../src/detect/person/social.js';

const found = (text: string) => personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));

describe('mentions made of a name', () => {
  it('takes a given name with a surname or an initial, or a family word with a name', () => {
    expect(found('↳ @lena_hoffmann: heul leise 😘 ↳ @DerJensWinter: wo war er ??')).toEqual(['lena_hoffmann', 'DerJensWinter']);
    expect(found('cc @jonas_mertens_ und u/max_hartmann94 , danke @dieter_k .')).toEqual(['jonas_mertens_', 'max_hartmann94', 'dieter_k']);
    expect(found('Wunderschön ihr zwei !!! @tante_gabi_1961 @opa.heinz')).toEqual(['tante_gabi_1961', 'opa.heinz']);
    // Two surname-list words ("Keir" is one), an initial inside, a parent.
    expect(found('tagging @Keir_Starmer lol , @bettina_k_berlin and @dad_pryce')).toEqual(['Keir_Starmer', 'bettina_k_berlin', 'dad_pryce']);
    expect(found('@gooner_till_i_die calm down')).toEqual([]);
  });

  it('takes a forum author made of a name, also a given name with a number', () => {
    expect(found('Sepp_Huber schrieb: bin gespannt ob er rotiert\nOberbayer_77 schrieb: quatsch')).toEqual(['Sepp_Huber']);
    expect(found('Frage von Maximilian0807 · Beruf & Ausbildung\nAntwort von Versand2024 : gern')).toEqual(['Maximilian0807']);
    expect(found('Quote from Dani_K: > ours was strict.\nReply from Neil_T: same here')).toEqual(['Dani_K', 'Neil_T']);
  });

  it('takes a user name made of a name that opens a line, as forums and comment lists print it', () => {
    expect(found('Thema: DSG ruckelt\n\nDieter_K:\nHallo zusammen\n\nSchrauberkönig:\nKlassiker')).toEqual(['Dieter_K']);
    expect(found('tante_gabi_1961 Wunderschön ihr zwei!!!\nnordseekind88 traumhaft 😍')).toEqual(['tante_gabi_1961']);
  });

  it('takes a user name with a given name among other words, joined by "_", "." or digits', () => {
    expect(found('↳ @gabi_aus_bochum: so schön 😍 ↳ @krimi_renate: stimmt')).toEqual(['gabi_aus_bochum', 'krimi_renate']);
    expect(found('u/lukas_spielt · 3h\nbest run ever')).toEqual(['lukas_spielt']);
    // After "@" or "u/" a given name that is also a word counts, unless the word is the likelier reading.
    expect(found('↳ @neutral_nick: both of you are exhausting ↳ @Queen_UK: indeed')).toEqual(['neutral_nick']);
    // Not a firm in camel case, an abbreviation's dot, a given name that is a word.
    expect(found('FunkLine Deutschland GmbH\nBek. NINS 1°\n@fan_of_summer_99 hi')).toEqual([]);
  });

  it('takes a hashtag made of a name: a listed surname alone, or a given name and a surname', () => {
    expect(found('Was für eine Rede 😂 #Bundestag #Scholz #Ampel')).toEqual(['Scholz']);
    expect(found('NOT OKAY 😭 #TaylorSwift #Swifties')).toEqual(['TaylorSwift']);
    expect(found('#AdaLovelaceDay #Berlin #Summer #Hope color: #Fafafa')).toEqual([]);
  });

  it('leaves fan, firm and topic accounts, and addresses, alone', () => {
    expect(found('@schwarzgelbforever heul leise , @politik_mit_kaffee hat recht , @ruhrpott.social')).toEqual([]);
    expect(found('Schreib an info@kanzlei_meyer.de oder ruf an .')).toEqual([]);
  });
});

describe('informal English: names the rules miss', () => {
  it.each([
    // a given name, then a lower-case surname
    ['lol i cant believe it , we saw loretta peterson at the mall today', 'loretta peterson'],
    ['lol cant wait for Donald peterson to show up @xo_gossip', 'Donald peterson'],
    // … also one no list has, when it is no English word
    ["it's under my partner's name roberto yamamura", 'roberto yamamura'],
    ['as regular commenter anna bizier points out, most are horrible', 'anna bizier'],
    ['we need to add tammy gyarmathy as guardian', 'tammy gyarmathy'],
    ['producer matthew pušaver explained it to the press', 'matthew pušaver'],
    ['we need to add tammy as guardian', 'tammy'],
    // an initial after a given name
    ['thanks for the reminder , Marla B . see u at 5 #team', 'Marla B'],
    // lower-case given names that are also rare English words, with a cue
    ['@xy_42 when brad says that i laugh every time lol', 'brad'],
    ['i told him to tell brad that the party moved lol', 'brad'],
    ["i dont have luke 's number lol", 'luke'],
    // capitals, in text that looks like a post
    ['@cheer_squad22 GOOD LUCK MEETING PRISCILLA TOMORROW !! i cant even', 'PRISCILLA'],
    ['@cheer_squad22 i just met KIRSTEN HOLLOWAY at the game omg', 'KIRSTEN HOLLOWAY'],
    // "&" (also escaped) between people is no firm name
    ['so Sandra &amp; I went to the lake lol', 'Sandra'],
  ])('%s → %s', (text, name) => {
    expect(found(text)).toEqual([name]);
  });

  it('"&" between two given names, and "&lt;" is no "&" at all', () => {
    expect(found('Dinner with Hannah & Marcus tonight, Jonas &lt; 3')).toEqual(['Hannah', 'Marcus', 'Jonas']);
  });

  it('a capitalised given name right before a found name joins it', () => {
    const text = 'we watched Charlie Brubeckstein play on tv lol';
    const r = runRules(text);
    const s = text.indexOf('Brubeckstein');
    const out = refineInformal(text, r.toks, r.lang, [{ start: s, end: s + 'Brubeckstein'.length, score: 0.55, rule: 'model' }]);
    expect(out.map((x) => text.slice(x.start, x.end))).toEqual(['Charlie Brubeckstein']);
  });
});

describe('informal English: words that only look like names', () => {
  it.each([
    'Concert in Dec . 31 2024 at the arena',
    "lol Don't do that again",
    'ive been waiting all day lol and ima sleep now',
    'i drove 300 miles today and have no bars on my phone lol',
    'i like the bars in this town lol',
    'pero no se que hacer con mi vida , yan',
    'heading back to Lake Charles tomorrow lol',
    'we had dinner at St . Louis lol',
    'i love the rose in my garden , it is red',
    'lol my mama just called me',
    'i need to get on with job applications tonight lol',
    'OKC VS HOUSTON JAN 16 lol #nba @x',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves business text alone', () => {
    expect(found('The invoice from Smith & Wesson arrived on Monday.')).toEqual([]);
    expect(found('Please send the TERMS AND CONDITIONS to ANNA by Friday.')).toEqual([]);
    expect(found('We met Anna Schmidt in Berlin.')).toEqual(['Anna Schmidt']);
  });

  it('capitals need text that looks like a post', () => {
    expect(found('GOOD LUCK MEETING PRISCILLA TOMORROW')).toEqual([]);
  });
});

describe('informal English: the rest of a found name', () => {
  const refine = (text: string, word: string) => {
    const r = runRules(text);
    const s = text.indexOf(word);
    return refineInformal(text, r.toks, r.lang, [{ start: s, end: s + word.length, score: 0.55, rule: 'model' }]).map((x) => text.slice(x.start, x.end));
  };

  it('a month that is also a given name, before a found surname', () => {
    expect(refine('RT @kk_news : Jan Brzobohaty says the app now has 9 million users lol', 'Brzobohaty')).toEqual(['Jan Brzobohaty']);
    expect(refine('@deb_x i cant stop listening to August Quellmalz tonight', 'Quellmalz')).toEqual(['August Quellmalz']);
  });

  it('no month before a date', () => {
    expect(refine('@deb_x see you 12 Jan Brzobohaty said lol', 'Brzobohaty')).toEqual(['Brzobohaty']);
  });

  it('an unknown capitalised word after a found name, in a post', () => {
    expect(refine('@deb_x Tavio Berkhoff is playing at the club tonight #live', 'Tavio')).toEqual(['Tavio Berkhoff']);
  });

  it('not a verb, a title-case headline run or a word after a found name outside posts', () => {
    expect(refine('@deb_x Tavio Joined the club tonight #live lol', 'Tavio')).toEqual(['Tavio']);
    expect(refine('@deb_x Tavio Berkhoff Opens Up About his tour #live lol', 'Tavio')).toEqual(['Tavio']);
    expect(refine('The minutes record that Tavio Berkhoff chaired the meeting of the board.', 'Tavio')).toEqual(['Tavio']);
  });
});

describe('informal English: names coordinated with a found name', () => {
  const refine = (text: string, word: string) => {
    const r = runRules(text);
    const s = text.indexOf(word);
    return refineInformal(text, r.toks, r.lang, [{ start: s, end: s + word.length, score: 0.55, rule: 'model' }]).map((x) => text.slice(x.start, x.end));
  };

  it.each([
    ['@deb_x tonight with Quellmalz and Brzobohaty at the bar lol', 'Quellmalz', ['Quellmalz', 'Brzobohaty']],
    ['@deb_x tonight with Quellmalz and Brzobohaty at the bar lol', 'Brzobohaty', ['Quellmalz', 'Brzobohaty']],
    ['@deb_x so Tavio &amp; Vennerholm are coming lol', 'Tavio', ['Tavio', 'Vennerholm']],
    ['@deb_x so Tavio & Vennerholm are coming lol', 'Vennerholm', ['Tavio', 'Vennerholm']],
    ['@deb_x Ulvar Krenz and Tavio Vennerholm were there lol', 'Ulvar Krenz', ['Ulvar Krenz', 'Tavio Vennerholm']],
  ])('%s (found %s)', (text, word, names) => {
    expect(refine(text, word as string)).toEqual(names);
  });

  it('not common words, handles, lower-case words or text that is no post', () => {
    expect(refine('@deb_x tonight with Quellmalz and The crew lol', 'Quellmalz')).toEqual(['Quellmalz']);
    expect(refine('@deb_x tonight with Quellmalz and @brzo lol', 'Quellmalz')).toEqual(['Quellmalz']);
    expect(refine('@deb_x tonight with Quellmalz and friends lol', 'Quellmalz')).toEqual(['Quellmalz']);
    expect(refine('The board thanked Quellmalz and Brzobohaty for the report.', 'Quellmalz')).toEqual(['Quellmalz']);
  });
});

describe('a Slack export in columns', () => {
  it('"02:18  kieran.doyle  ack" speaks without a colon, and "marcus" is marcus.oyelowo', () => {
    const chat = [
      '02:18  kieran.doyle  ack. looking',
      '09:13  marcus.oyelowo  ack',
      '09:41  marcus.oyelowo  power back, FW up',
      '10:02  anjali.r  nice one marcus. can you add it to the report',
    ].join('\n');
    const found = personDetector.detect(chat, { region: 'GB' }).map((f) => chat.slice(f.start, f.end));
    expect(found).toEqual(['kieran.doyle', 'marcus.oyelowo', 'marcus.oyelowo', 'anjali.r', 'marcus']);
  });
});

describe('a chat message opening with whom it asks', () => {
  it('"Coops can you grab him" after a speaker\'s colon; not "Sorry can you", "Team can you"', () => {
    const text = '03/09/24, 07:11 - Hemi Ngata: Coops can you grab him\n03/09/24, 07:12 - Ben Hale: Sorry can you resend? Team can you check';
    const found = personDetector.detect(text, { region: 'GB' }).map((f) => text.slice(f.start, f.end));
    expect(found).toContain('Coops');
    expect(found).not.toContain('Sorry');
    expect(found).not.toContain('Team');
  });

  it('in lower case, a listed given name that is no word: "sven check bitte", not "sorry can you"', () => {
    // A Slack export's speaker line has no colon: only the request tells that "sven" is addressed.
    const text = 'Ralf Böttcher 09:46\nNeudruck zu unseren Lasten. sven check bitte das Proof. sorry can you resend';
    const found = personDetector.detect(text, { region: 'DE' }).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Ralf Böttcher', 'sven']);
  });

  it('also in a chat with no ", " anywhere (the comma patterns are skipped, this one is not)', () => {
    const text = '[07:11] Hemi Ngata: Coops can you grab him\n[07:12] Ben Hale: on it';
    const found = personDetector.detect(text, { region: 'GB' }).map((f) => text.slice(f.start, f.end));
    expect(found).toContain('Coops');
  });
});

describe('British and Irish short forms of given names', () => {
  it('"Daz", "Kev", "Dom" are people; "Dom" in German text is the cathedral', () => {
    const text = 'Crew: Daz (L), Kev, Pablo\nsorry, flagged by Dom, do not proceed until Dom confirms';
    const found = personDetector.detect(text, { region: 'GB' }).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Daz', 'Kev', 'Pablo', 'Dom', 'Dom']);
    const de = 'Der Kölner Dom ist geschlossen. Die Farbe des Des-Dur-Akkords.';
    expect(personDetector.detect(de, { region: 'DE' })).toEqual([]);
  });

  it('a nickname given with "goes by"', () => {
    const text = "1. NAME: BRIDGET O'CONNELL (goes by Biddy) RELATIONSHIP: GRANDMOTHER";
    const found = personDetector.detect(text, { region: 'IE' }).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(["BRIDGET O'CONNELL", 'Biddy']);
  });
});

describe('profile addresses', () => {
  it("a LinkedIn or XING profile's user part is its person's", () => {
    expect(found('LinkedIn:        linkedin.com/in/tarek-al-hashimi')).toEqual(['tarek-al-hashimi']);
    expect(found('07700 900 524  ·  linkedin.com/in/eilidhcampbellbaird')).toEqual(['eilidhcampbellbaird']);
    expect(found('https://www.xing.com/profile/Anna_Schmidt2/cv')).toEqual(['Anna_Schmidt2']);
  });

  it("not a firm's page", () => {
    expect(found('Follow us: https://www.linkedin.com/company/acme-logistics')).toEqual([]);
  });
});

describe('a role account named after its holder', () => {
  it('"nurse.farah", "reception.jun", "hausmeister.brenner" are people, whole', () => {
    expect(found('status,sender\nDELIVERED,nurse.farah\nFAILED,reception.jun')).toEqual(['nurse.farah', 'reception.jun']);
    expect(found('{"von": "hausmeister.brenner", "zeit": "2025-10-07T08:15"}')).toEqual(['hausmeister.brenner']);
  });

  it('not a desk or a team', () => {
    expect(found('contact reception.desk or tech.support or tech.team')).toEqual([]);
  });
});

describe('an English verb form after "to" is no user name', () => {
  it('"look forward to welcoming you", "to having you on board"; a user still is', () => {
    expect(found('We look forward to welcoming you to the Highlands!')).toEqual([]);
    expect(found('Looking forward to having you on board!')).toEqual([]);
    expect(found('Please forward to ghunter for approval.')).toEqual(['ghunter']);
  });
});

describe('YAML keys are no chat speakers', () => {
  it('keys indented under another key, and anchors, are not masked; a chat is still read', () => {
    const yaml = 'defaults: &defaults\n  standort: Hamburg\nmitarbeiter:\n  - personalnummer: 100231\n    <<: *defaults\n    first_name: Ayla\n    last_name: Brenner\n  - personalnummer: 100232\n    first_name: Jonas\n    last_name: Okafor\n';
    const f = found(yaml);
    for (const key of ['defaults', 'standort', 'first_name', 'last_name']) expect(f).not.toContain(key);
    expect(f).toEqual(expect.arrayContaining(['Ayla', 'Brenner', 'Jonas', 'Okafor']));
    const chat = '[09:14] tim.b: server ist wieder oben\n[09:15] anna.k: danke, ich teste\n[09:16] tim.b: passt\n';
    expect(found(chat)).toEqual(expect.arrayContaining(['tim.b', 'anna.k']));
  });
});

describe('German log keys and cues for user names', () => {
  it('takes the value of a clerk or user key, and a user name after "Benutzer"', () => {
    expect(found('2025-03-04 09:01:17 LOGIN sachbearbeiter=graefenberg ok')).toEqual(['graefenberg']);
    expect(found('Konto gesperrt: Benutzer tmueller, 3 Fehlversuche')).toEqual(['tmueller']);
  });
  it('not the word in prose', () => {
    expect(found('Der Benutzer kann sich danach wieder anmelden.')).toEqual([]);
  });
});
