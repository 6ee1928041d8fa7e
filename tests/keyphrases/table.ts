// Table tests for extractKeyphrases: real sentences (news style and abstract
// style) with phrases that must be found, and a negative list of what must
// never be a keyphrase.

/** A news story of more than 150 words, where phrases that matter recur. */
const WIND_FARM = [
  'The city council approved a new wind farm off the coast on Tuesday.',
  'Craig Spencer, who leads the council, said the wind farm would power forty thousand homes.',
  'Spencer said the wind farm had been debated for years.',
  'Opponents of the wind farm said the turbines would spoil the view from the harbour.',
  'Fishermen worried that the wind farm would close fishing grounds, and Spencer promised talks.',
  'The offshore wind farm project manager told reporters that building would start in spring.',
  'Spencer added that the wind farm would create jobs in the port and bring money to the city.',
  'The council will publish the wind farm plans next month, Spencer said, and residents can comment.',
  'A second vote on the wind farm is not needed, according to the council lawyers.',
  'Environmental groups welcomed the wind farm but asked the council to protect the birds that nest on the cliffs.',
  'Spencer said the birds would be safe.',
].join(' ');

/** A match report that ends with the line-ups: lists of names and nothing else. */
const ROSTER = [
  "Ireland beat Italy in Rome on Saturday. Brian O'Driscoll scored two tries for Ireland, and Ronan O'Gara kicked the conversions. Italy coach John Kirwan said his side had played well.",
  "Ireland: G Murphy; G Dempsey, B O'Driscoll (capt), K Maggs, D Hickie; R O'Gara, P Stringer.",
  'Replacements: F Sheahan, M Horan, D O\'Callaghan, E Miller, G Easterby.',
].join('\n\n');

/** A given name alone stands for the person the text names in full. */
const GIVEN =
  'Wales coach Mike Ruddock may make Gavin Henson his first-choice kicker in Rome. Henson kicked well against England. "Our first aim was to get Gavin settled into the team," Ruddock said. Henson agreed.';

/** A foreign given name, not in GIVEN_NAMES: the reporting verb beside the surname says the full name is a person's. */
const SPEAKER =
  'Timofey Mozgov scored 14 points as Russia beat Ivory Coast. "We played as a team," Mozgov said. The coach praised Timofey for his defence, and the crowd cheered Timofey after the game. Mozgov plays for the Knicks.';

/** A place before a club's name: no given name, no title or reporting verb beside the name. */
const CLUB =
  'Manchester United beat Arsenal 2-0 at Old Trafford. United were the better side, and the win puts United top of the table. Fans in Manchester celebrated late into the night, and police in Manchester made two arrests.';

/** Firms' names with an ampersand inside. */
const AMPERSAND =
  'Insurance broker Marsh & McLennan agreed to pay $850m to settle claims that it rigged bids. Marsh & McLennan said the deal would let it move on. Shares in Marsh & McLennan rose 3% in New York, and rivals Aon and Willis also gained. Johnson & Johnson and Procter & Gamble reported results later.';

/** Capitalized occupations inside a sentence, as words of names. */
const PRICE_INDEX =
  'US wholesale prices rose 0.3% in January, the Labor Department said. The Producer Price Index has risen for three months. The Economist Intelligence Unit ranked Melbourne the most liveable city, and the Economist Intelligence Unit survey looked at 140 cities.';

/** Plural currency units heading phrases, and after amounts (review of round 13). */
const CURRENCY_PHRASES =
  "Zimbabwe dollars became worthless as inflation soared. Shoppers carried bags of Zimbabwe dollars to buy bread, and the central bank stopped printing Zimbabwe dollars. Advertising dollars are moving to streaming, and Netflix hopes to win advertising dollars. The Royal Mint will stop making pence coins, and copper pence coins stay legal tender. Norland Foods earned 52 Canadian cents a share, against 46 Canadian cents a share a year earlier, and paid 20 million dlrs for a bakery.";

/** "rest" heading and modifying terms, and the vague "the rest" (review of round 13). */
const REST_TERMS =
  "Doctors ordered the striker complete bed rest after the match. Bed rest will keep him out for a month, and the club said bed rest was a precaution. Drivers can stop at a new rest area on the M6, and the rest area has a cafe. Physiotherapists say active rest helps, and the rest of the squad will train on Monday.";

/** Nouns that are adjectives too, heading phrases after a plural noun (review of round 13). */
const PLURAL_MODIFIERS =
  "The airline's operations chief resigned after the IT failure, and the operations chief said staff had worked hard. Car makers must meet a new emissions standard by 2025, and the industry says the emissions standard is too strict. The firm sees sales potential in India, and sales potential in Africa too.";

/** Weekdays that are words of names after a name's word (review of round 13). */
const WEEKDAY_NAMES =
  "Sheffield Wednesday beat Hull 2-0 at Hillsborough. Sheffield Wednesday manager Danny Rohl praised his players, and the win lifts Sheffield Wednesday out of the relegation zone. Retailers braced for Cyber Monday as shoppers moved online, and Cyber Monday sales rose 8% last year. Pope Francis led Easter Sunday mass in Rome.";

/** A capital letter inside a name that is no middle initial (review of round 13). */
const LETTER_NAMES =
  "Vitamin D Council researchers said most adults lack vitamin D. The Vitamin D Council recommends supplements in winter. The Vitamin Council, a separate group, disagrees. Plan B Foods expanded into Europe, and Plan B Foods makes vegan cheese; Plan Foods, its rival, makes yoghurt.";

/** State abbreviations that are names (review of round 13). */
const STATE_NAMES =
  "Colo the gorilla, the first born in a zoo, died aged 60. Colo lived at Columbus Zoo in Ohio, and keepers said Colo had three children. Billy Conn, the boxer who nearly beat Joe Louis, was remembered in Pittsburgh. Conn fought Louis in 1941, and Conn led on points after 12 rounds. Doctors in Hartford, Conn., said the outbreak had peaked.";

/** A bare "amp" that is the amplifier, before a name (review of round 13). */
const AMPLIFIERS =
  "Jimi Hendrix played a Marshall amp Hendrix had borrowed. The Marshall amp is on show at the museum, and Marshall amps still sell well. The Vox amp Lennon played at Shea Stadium sold for 200,000 pounds.";

/** [text, phrases that must be among the keyphrases (as written), why]. */
/** Hyphenated modifiers that place or describe a name (round 10). */
const NAME_MODIFIERS =
  'Swiss-based Xstrata made a bid for the mining group. The state-owned Rosneft bought the unit, and the German-born Frank Schmidt runs it. Xstrata said it would raise the offer.';
/** The same modifiers before common nouns (round 10). */
const TERM_MODIFIERS =
  'The web-based application helps state-owned companies cut costs. A web-based application costs little, and state-owned companies like it.';
/** Evaluative adjectives before nouns (round 10). */
const EVALUATION =
  'Arsenal will move to a fabulous stadium next year. Fans praised the stunning volley that won the match, and the manager called it a wonderful goal.';
/** Nationality words before persons' names (round 10). */
const DEMONYM_PERSONS =
  'Italian Roberta Vinci beat Spaniard Conchita Martinez in the second round in Doha. Earlier the top-seeded American Andy Roddick lost to Dane Kenneth Carlsen in straight sets.';
/** Given names that are common nouns too ("Jack", "Mark", "Bill") after a nationality (review of round 10). */
const DEMONYM_COMMON_GIVEN =
  "Top-seeded Briton Jack Draper lost to American Tommy Paul at Queen's. Draper said his back was sore. Australian Mark Philippoussis watched, and Welsh Bill Williams cheered.";
/** A nationality before a name of a thing that opens with such a word (review of round 10). */
const DEMONYM_BILL = 'The American Bill of Rights protects them. Lawyers said the American Bill of Rights was clear.';
/** An age and a seeding before players' names, and before a common noun (review of round 10). */
const AGE_SEEDING =
  'Fifteen-year-old Donald Young beat Robby Ginepri in San Jose. Second-seeded Tim Henman lost to Rafael Nadal, and the top-seeded player watched. Young said he was happy, and the top-seeded player said nothing.';
/** A nationality before an event whose name opens with an adjective, and before a person whose surname is one (review of round 10). */
const DEMONYM_ADJECTIVE =
  'Hamilton won the Spanish Grand Prix in Barcelona, and the Irish Grand National was run. American Donald Young lost. Hamilton said the Spanish Grand Prix was hard.';
/** "Extraordinary" as a word of terms, not the writer's praise (review of round 10). */
const EXTRAORDINARY =
  'The CIA used extraordinary rendition to move suspects. Critics said extraordinary rendition broke the law. Shareholders will vote at an extraordinary general meeting, the company said, and the remarkable chairman agreed.';
/** A nationality before persons' names with a particle inside (review of round 10). */
const DEMONYM_PARTICLE =
  'Dutchman Ruud van Nistelrooy added a third goal. Austrian Ludwig von Mises was cited by the economists. Van Nistelrooy said the team was happy.';
/** Nationality words that open names of things (round 10). */
const DEMONYM_THINGS =
  'The Welsh Rugby Union signed a deal with the British Olympic Association. British Airways and British American Tobacco gave money to the Scottish National Party.';

/** A headline read as title case (every content word capitalized) whose capitals are names' (round 11). */
const STYLED_NAMES =
  'Robinson out of Six Nations\n\nEngland captain Jason Robinson will miss the rest of the Six Nations because of a shoulder injury. Robinson was hurt in the defeat by Ireland. "I am gutted to miss the Six Nations," Robinson said. Coach Andy Robinson will name a new captain on Monday.';

/** The same with a name's pair of words in the headline and a longer form of the name in the body (round 11). */
const STYLED_PAIR =
  'Craig Spencer Will Leave Bellevue Hospital\n\nCraig Spencer, the doctor who was treated for Ebola, will leave Bellevue Hospital Center on Tuesday, officials said. Spencer was admitted to the hospital last month. Doctors at the hospital said he was free of the virus.';

/** A title-case headline whose capitals are the style's: the body writes its words in lower case (round 11). */
const STYLED_WORDS =
  'Apple Unveils Cheaper Phones\n\nApple has unveiled two cheaper phones, the company said on Tuesday. The phones will go on sale in March. Analysts said cheaper phones could help Apple win buyers in China and India.';

/** Stop words that open names or end them (round 11). */
const STOPWORD_NAMES =
  'Lomu played for the All Blacks in 1995. The All Blacks lost to South Africa, and Lomu said the defeat hurt. Theresa May met the Irish premier. Theresa May said talks would go on. The new film casts actor Will Smith as a boxer. Smith trained for a year, and Will Smith said the role changed him.';

/** Capitalized stop words that are no names: an inverted name run into a sentence, a headline's verb (round 11). */
const STOPWORD_VERBS =
  'Dior Will Replace Galliano Whenever It Wants\n\nDior will name a successor to John Galliano when it is ready, the fashion house said. Aldridge, Lily Will marry her fiance in June, the magazine said. Lily Aldridge is a model, and Aldridge will wear Dior.';

/** A name joined by "of" to a name that modifies a common noun (round 11). */
const OF_NAME_NOUN =
  'Mervyn King, the Bank of England governor, said interest rates would stay on hold. Analysts expect the Bank of England to raise rates in May. Actress Penelope Cruz received a Hollywood Walk of Fame star on Friday, and fans filled the Hollywood Walk of Fame.';

/** The same, the name opening the sentence; and a person's name before "of" (review of round 11). */
const OF_NAME_OPENING =
  'Bank of England governor Andrew Bailey said rates would stay at 5%. The Bank of England has raised rates fourteen times. Bailey told MPs that food prices were still rising.';
const OF_PERSON =
  'In the photograph, Joe Mount of Metronomy dresses for a day on the beach. Mount grew up in Torbay, and Joe Mount wrote the new album there. Metronomy play London next month.';
const OF_OPENING_TERM = 'Design of PID-type controllers is hard. The controllers work well in plants, and PID-type controllers are cheap.';

/** "All" and "Will" opening sentences: names by the text's other sentences, or a modal in a sentence that asks nothing (review of round 11). */
const OPENING_STOPWORD_NAMES =
  'All Saints to reunite for tour\n\nThe girl group All Saints will reunite for a UK tour next year. Shaznay Lewis said the band had unfinished business. All Saints had hits in the 1990s. Tickets go on sale on Friday.';
const OPENING_WILL =
  'The All Blacks beat Ireland in Dublin to reach the semi-final. Will Jordan scored a hat-trick for New Zealand. Ireland coach Andy Farrell said his side had given everything. Will Labour win the seat? Labour hopes so. All Britons living abroad must register, and all Britons will get a form.';

/** An opening adjective before a surname the text writes alone only at sentence starts (review of round 11). */
const OPENING_ADJECTIVE_SURNAME =
  'Nadal wins 14th French Open\n\nRafael Nadal won his 14th French Open title with a straight-sets win over Casper Ruud in Paris. Nadal said he did not know if he would return next year. Ruud said it was an honour to play in a final. Injured Nadal had needed painkillers before every match.';
/** The same adjective before a name the text also writes with it inside a sentence stays in the name. */
const OPENING_ADJECTIVE_NAME =
  'Grateful Dead reissue tops chart\n\nThe band Grateful Dead reached number one with a live album. Grateful Dead fans queued for hours, and the label said Grateful Dead records sold well. Dead Heads is a fan club.';

/** A surname that is a stop word after a title (review of round 11). */
const TITLE_MAY =
  'May faces rebellion over Brexit deal\n\nTheresa May faces a rebellion from her own MPs over the Brexit deal she agreed in Brussels. Former foreign secretary Boris Johnson said the deal would leave Britain a vassal state. Mrs May will ask the Commons to back the deal in a vote in December. The vote may come in May.';

/** Names joined by "for"/"of" before common nouns: the name is tagged, not the name and its noun (review of round 11). */
const OF_NAME_TAIL =
  'The Secretary of State for Scotland, Alister Jack, said the Scotland Office would move staff to Glasgow. The Department for Education budget will be cut by 2%, the Chancellor said. A Department for Education spokesman declined to comment. The Church of England synod meets in York next week.';

/** Opening a sentence before "of"/"for": a name of two words joins, a word that is a name elsewhere only before another word does not (review of round 11). */
const OF_OPENING_TWO_WORDS =
  'China will cut taxes on exports of textiles, officials said. State Administration of Taxation officials told reporters the cut would help factories in Guangdong. Exporters welcomed the move, and factories said orders were rising.';
const FOR_OPENING_HOPE =
  'Hope for Rose Bay residents as sea wall plan approved\n\nResidents of Rose Bay have won approval for a new sea wall after years of flooding. Sydney council said the wall would cost $12m. Resident Hope Carter said the decision was a relief. Work starts in March.';

/** A name the lexicon does not know, only ever opening sentences (review of round 11). */
const OPENING_ONLY_NAME =
  'Italy Beat Wales In Rome\n\nItaly beat Wales 24-21 in the Six Nations in Rome on Saturday. Italy coach Gonzalo Quesada said his side had grown up. Wales have now lost eleven Tests in a row. Italy play France next.';

/** Hyphenated title nouns of awards before names (round 11). */
const AWARD_TITLES =
  'Oscar-winner Andrea Arnold will direct the new film, the studio said. Pulitzer Prize-winner David Mamet wrote the script, and Arnold said Mamet had been generous. Olympic gold-medallist Kelly Holmes will appear in it.';

/** An adjective that opens a headline before a name the body writes alone (round 11). */
const HEADLINE_ADJECTIVE =
  'Dogged Federer reaches Dubai final\n\nRoger Federer beat Andy Roddick to reach the final in Dubai. Federer, the world number one, said he had played badly. Roddick served well, but Federer won the tie-break. European Union officials watched the match, and the European Union will fund the event next year.';

/** A listed given name alone in quotations before the full name (round 11). */
const GIVEN_FIRST =
  'Liverpool chief executive Rick Parry said: "Steven is above money." Parry said the club would never sell Steven to Chelsea. Steven Gerrard has been linked with Chelsea, and Gerrard said he was happy at Anfield. Gerrard scored twice on Saturday. "Steven knows my views," Parry said.';

/** Names the lexicon does not know whose suffix reads as an adjective or an adverb, opening sentences (round 11). */
const SUFFIX_NAMES =
  'Ana Ivanovic beat Jelena Dokic in the Canberra final on Saturday. Ivanovic served well throughout the match. Dokic said Ivanovic had deserved the title. Italy hosts the next event, and the tour moves on to Italy in May.';

/** Function words the shared stop-word list lacks (round 11). */
const WHILST =
  'Adrian Mutu trained with Romanian side Dinamo Bucharest whilst Juventus considered a move. Mutu said the image noise of the scandal was fading, whilst his lawyer said talks with Juventus went well.';

/** Lower-case particles inside names, after a name's word or a title (round 12). */
const PARTICLES =
  'France beat Wales at the Stade de France on Saturday. Culture minister Renaud Donnedieu de Vabres watched from the stand. "It was a great night for French rugby," Mr. de Vabres said. Film star Robert de Niro was also in the crowd before he flew to Rio de Janeiro for a new Robert de Niro thriller. Wales coach Mike Ruddock said his side had played well at the Stade de France.';

/** Times of day with their time zone (round 12). */
const TIME_ZONES =
  'Shares in Continental Airlines fell 6% to $10.44 by 1830 GMT after the carrier warned it could run out of cash. The airline said talks with its pilots would resume at 0900 GMT on Monday. Continental Airlines needs cost cuts of $500m, the airline said, and its shares fell again by 2100 GMT.';

/** Participles opening a sentence before a name, which they describe (round 12). */
const OPENING_PARTICIPLES =
  'Fuming Robinson blasts referee\n\nEngland coach Andy Robinson said the referee had cost his side the match in Dublin. Robinson said two tries had been wrongly ruled out. Unseeded Nicolas Almagro won the Buenos Aires title on the same day. Hunting Act protests were held in London, where the Hunting Act came into force.';

/** Titles the list lacked before round 12 ("Comptroller", "DJ", "MSP"); "Agent" also opens names of things. */
const MORE_TITLES =
  "New York State Comptroller Alan Hevesi said the WorldCom directors would pay $18m from their own pockets. Hevesi said the settlement set a new standard. Virgin Radio DJ Pete Mitchell played the band's new single, and MSP Karen Whitefield praised it. Agent Orange victims sued the makers of the defoliant.";

/** Hyphenated generic modifiers: a rank among others, "newly-", "much-" (round 12). */
const GENERIC_COMPOUNDS =
  'Newly-crowned Australian Open champion Marat Safin lost in Rotterdam. The much-anticipated sci-fi horror opens next week. Softbank will buy the third-biggest software firm in Japan, and the second-largest brewer in Russia is for sale. Safin said he was tired.';

/** "DJ" before a stage name that is a common noun: a name of its own, as "Agent Orange" (round 12). */
const DJ_NAME = 'DJ Shadow released a new album on Monday. DJ Shadow said the record took three years. Radio 1 DJ Pete Mitchell played it.';

/** A short name's word in "-ed" opening a sentence: no participle (review of round 12). */
const REED = 'Reed Elsevier said profits rose. The publisher owns Elsevier, and Elsevier journals sold well. Reed Elsevier shares rose.';

/** Generic modifiers of time opening a sentence before a capital: no name opens with them, where one opens with "New" (round 12). */
const FORMER = 'Former England footballer Paul Gascoigne joined the show. Former Labour minister Clare Short said the war was illegal. Gascoigne said he was happy, and Short left the party. New Labour won again in New York style.';

/** Time zones' capitals as names: a firm, a band, a school (review of round 12). */
const ZONE_NAMES =
  'GMT Games has published a new board game about the Cold War. GMT Games said Twilight Struggle sold 100,000 copies. Fans of GMT Games queued at Essen. UTC Aerospace Systems will cut 500 jobs in Wolverhampton, and unions attacked UTC Aerospace Systems. His band EST toured the world, and EST albums topped the jazz charts.';

/** Time zones after a time of day (review of round 12). */
const ZONE_TIMES =
  'The summit will start at 0900 GMT in Brussels. EU leaders will discuss the budget, and the summit ends at 1700 GMT. Trading opens at 9:30 a.m. EST on Wall Street, and polls close at midnight BST. The Dow Jones rose at 10am EST.';

/** Wire copy's weekday right after the subject's name (round 13). */
const WIRE_WEEKDAYS =
  'The International Court of Justice Tuesday rejected a request by Serbia to halt the hearings. Prime Minister Tony Blair Wednesday welcomed the ruling, and the Court said the hearings would resume in March. Black Friday sales began in London, where the Court sits too. Blair said the Court had acted fairly.';

/** Arabic and Swahili particles inside names (round 13). */
const MORE_PARTICLES =
  'Rescue workers searched the rubble of the embassy in Dar es Salaam on Saturday. The blast in Dar es Salaam killed 11 people, police said. Saudi investor Prince Alwaleed bin Talal pledged $10m to the victims. Alwaleed said the attack was a crime against Islam.';

/** A firm named with its legal form, then without (round 13). */
const LEGAL_FORMS =
  'Halvorsen Marine Corp. agreed to buy Kestrel Boatworks Inc. for $40 million in cash. Halvorsen Marine said the purchase would double its output of fishing boats. Kestrel Boatworks, based in Gloucester, Mass., makes aluminum hulls. Halvorsen Marine shares rose 50 cents to $18.25 in composite trading on the New York Stock Exchange. Kestrel Boatworks holders will vote on the offer in March, and Halvorsen Marine expects to complete the purchase in April. Kestrel Boatworks said two bidders had approached it.';

/** A person named with a middle initial, then without (round 13). */
const MIDDLE_INITIAL =
  'Federal agents arrested Harold T. Brennan in Dublin on Thursday. Harold Brennan, 44, had been sought since the bombing of a clinic in Ohio. Brennan was held overnight, police said. Investigators said Brennan had lived in France under another name. Harold Brennan will be sent back to the United States.';

/** Wire copy's towns with their state's abbreviation, firms with their legal form (round 13). */
const WIRE_PLACES =
  'Pacific Sensor Inc., a Sunnyvale, Calif., maker of pressure gauges, said it agreed to sell its medical unit to Orvex Inc. for $12 million. The medical unit had losses last year, Pacific Sensor said. Orvex, of Stamford, Conn., makes hospital monitors. The sale will let Pacific Sensor focus on pressure gauges for car makers, the company said. Pacific Sensor shares rose 25 cents.';

/** A results story's amounts in cents, dollars and pence (round 13). */
const CURRENCY_UNITS =
  'Norland Foods said third-quarter net income rose 12% to $8.4 million, or 52 cents a share, from $7.5 million, or 46 cents a share, a year earlier. Sales of frozen pizza rose, Norland Foods said, and the company spent millions of dollars on new ovens. Norland Foods shares rose 75 cents to $31.50. Analysts had expected earnings of 50 cents a share. The British unit earned 9 pence a share on frozen pizza sales.';

/** Titles of office joined by "of" before a name (round 13). */
const OFFICE_TITLES =
  'Secretary of State Madeleine Albright met Chief of Staff John Sununu in Washington on Monday. Albright said the talks went well, and Sununu agreed. Minister of Foreign Affairs Ali Alatas flew in later, and Alatas joined the talks.';

/** Adjectives after a plural noun, which follow it rather than head it (round 13). */
const POSTPOSITIVE =
  'Halcyon Resources said holders of its 7% convertible subordinated debentures due 2009 may convert them into common stock. The convertible subordinated debentures due 2009 were issued in 1987, and the company said its sales overseas doubled. Critics proved the doubters wrong.';

/** An escaped ampersand inside firms' names, as scraped and archived news keeps it (round 13). */
const ESCAPED_AMPERSAND =
  'Harbor Federal Savings amp Loan Association agreed to sell its branches to Pell &amp; Mercer Co. for $30 million. Harbor Federal Savings amp Loan Association lost money on real estate loans, regulators said. Pell &amp; Mercer said the branches would add deposits, and Pell &amp; Mercer shares rose.';

/** A people's possessive inside a name (round 13; in the backlog until then). */
const PEOPLES_POSSESSIVE =
  "Events marked International Women's Day around the world on Sunday. Groups in Kabul and Geneva used International Women's Day to protest the treatment of Afghan women. The People's Bank of China said it would hold rates, and the People's Bank of China governor spoke in Beijing.";

/** Titles before a stage or fictional name of one word, which keeps them (review of round 12). */
const STAGE_NAMES =
  'DJ Khaled has topped the US charts. DJ Khaled worked with Beyonce, and DJ Khaled thanked his fans. Hayley Atwell starred in Agent Carter, and fans of Agent Carter started a petition. Reverend Run said Run-DMC would not reform. Reverend Run now presents a TV show. Radio 1 DJ Pete Mitchell played the album, and Reverend Jesse Jackson praised it. MSP Airport in Minneapolis was closed by snow, and MSP Airport reopened on Monday.';

/** An ordinal before a noun in "-est": no superlative, no rank (review of round 12). */
const TEST_MATCHES =
  'England sealed a third-Test win over Pakistan in Karachi. Joe Root scored a century, and the third-Test win gave England the series. Australia slumped to a fifth-Test defeat at The Oval, and the fifth-Test defeat cost them the Ashes. Barclays, the second-largest bank, said Root was a client.';

/** "Recent", "Upcoming" opening a title of one plural common noun (review of round 12). */
const RECENT_TITLES =
  'Recent Arrivals, a new exhibition at Tate Modern, shows work by refugees. Tate Modern said Recent Arrivals would tour Europe. Recent Trends in UK Crime, a Home Office report, says burglary is falling. Former Rep. Dick Armey spoke first. Former Cabinet minister Clare Short said the war was illegal.';

/** Names' words in "-ing", "-ed" opening a sentence, named once there (review of round 12). */
const ING_ED_OPENERS =
  'Khaled Meshaal has been re-elected leader of Hamas. Meshaal lives in Qatar, and Israel says Meshaal ordered attacks. Channing Tatum will star in a film by Steven Soderbergh. Tatum said Soderbergh was his favourite director.';
/** A place in "-ing" opening every sentence it is in (round 12's backlog). */
const BEIJING =
  'Beijing Olympics organisers said the stadium was ready. The Olympics open in August, and tickets for the Olympics sold out. Beijing Olympics officials praised the builders.';

/** Stage and fictional names of two words after "DJ", "Agent"; a radio DJ's own name after the station (review of round 12). */
const STAGE_NAMES_TWO =
  'DJ Jazzy Jeff and Will Smith are touring again. DJ Jazzy Jeff said Will Smith was his oldest friend. Agent Cody Banks topped the US box office, and Frankie Muniz plays a teenage spy in Agent Cody Banks. Capital Radio DJ Margherita Taylor will host the show.';

export const FOUND: [string, string[], string][] = [
  [
    'The pact stands as a key stabilizing force in the region, officials said. Trade grew along a long winding road.',
    ['stabilizing force', 'long winding road'],
    'an -ing word between an adjective and a noun modifies the noun',
  ],
  [
    'China will host the summit of the Belt and Road Initiative in May. Leaders praised the Belt and Road Initiative, which China launched to build ports and railways.',
    ['Belt and Road Initiative'],
    'a name joined by "and" stays whole',
  ],
  [
    'Chinese President Xi Jinping met the leaders of Kazakhstan in Astana. Xi Jinping called for closer ties.',
    ['Xi Jinping'],
    'a title before a name is dropped',
  ],
  [
    'Connectivity and win-win cooperation remain a cornerstone of the relationship. Both sides pledged win-win cooperation on energy.',
    ['win-win cooperation'],
    'a hyphenated compound stays whole',
  ],
  [
    'The Bank of England raised interest rates on Thursday. The Bank of England said inflation was too high.',
    ['Bank of England', 'interest rates'],
    'a name joined by "of"',
  ],
  [
    'Supervisory control design based on hybrid systems and fuzzy events detection. This paper presents a supervisory control scheme for an oxichlorination reactor.',
    ['Supervisory control design', 'oxichlorination reactor'],
    'technical noun phrases of an abstract (a title only written capitalized keeps its capital)',
  ],
  [
    'A new tuning method for the PID controller is proposed. The tuning method uses genetic algorithms.',
    ['tuning method'],
    'a generic modifier ("new") is dropped from the start',
  ],
  [
    'The China-Central Asia relationship has matured. The China-Central Asia relationship rests on mutual respect and strategic trust.',
    ['China-Central Asia relationship'],
    'a hyphenated name inside a phrase',
  ],
  [
    'Executives at Nextel Communications and Nortel Networks bought shares. Nextel Communications and Nortel Networks rose.',
    ['Nextel Communications', 'Nortel Networks'],
    'two names joined by "and" stay two names',
  ],
  [
    'Apple Unveils Cheaper Phones\n\nApple showed two cheaper phones on Tuesday. Analysts said the phones would sell well in China.',
    ['Apple', 'cheaper phones'],
    'the words of a title-case headline are read as written in lower case',
  ],
  [
    'We tune decentralized PID loops and a stochastic Fitzhugh-Nagumo model. The decentralized PID loops are stable.',
    ['decentralized PID loops', 'stochastic Fitzhugh-Nagumo model'],
    'a name that modifies a lower-case noun stays inside the phrase',
  ],
  [
    'We teach time management to end users. We measure the time-domain response of two-dimensional molecular topology.',
    ['time management', 'end users', 'time-domain response', 'two-dimensional molecular topology'],
    'a time or vague noun may modify a noun; a number word with an adjective is an adjective',
  ],
  [
    'We study the quasi-weighted means of a sample, resource partitioning in clusters, and adaptive filters that converge fast.',
    ['quasi-weighted means', 'resource partitioning', 'adaptive filters'],
    'a verb form after an adjective is a noun; an unknown -ing word after a noun is one; "that" opens a clause, not an object',
  ],
  [
    'China ended the one-child policy in 2015. A first-order phase transition needs eight-character passwords.',
    ['one-child policy', 'first-order phase transition', 'eight-character passwords'],
    'a number word with a noun that is no unit names a kind of thing',
  ],
  [
    'We test memory recall in adults. Shops passed the price cut in May to buyers.',
    ['memory recall', 'price cut'],
    'after a singular noun, a base verb form is a noun (the verb would take an -s)',
  ],
  [
    'IT managers cut costs with 3D surface reconstruction. The WHO praised IT managers for 3D surface reconstruction on 5G networks.',
    ['IT managers', '3D surface reconstruction', 'WHO', '5G networks'],
    'a stop word in capitals among lower-case words is a name; a digit with a capital is a code, not a quantity',
  ],
  [
    'We forecast demand by using fuzzy linear regression. The problem of estimating camera parameters is old.',
    ['fuzzy linear regression', 'camera parameters'],
    'an -ing word after "by" or "of" takes an object: it is no modifier',
  ],
  [
    'We design an output feedback sliding mode control for motors. The output feedback sliding mode control is robust.',
    ['output feedback sliding mode control'],
    'an -ing adjective between two nouns modifies the second',
  ],
  [
    'We measured the electrostatic potential of the membrane. Then we reset the switching variable.',
    ['electrostatic potential', 'switching variable'],
    'an adjective the lexicon also knows as a noun, ending a noun phrase, is its head',
  ],
  [WIND_FARM, ['wind farm', 'Craig Spencer', 'Spencer'], 'in a news story, a surname that stands alone often stays beside the full name'],
  [
    'The new model was built by using support vector machines. Critics say the firm cannot raise cash now, and a report that compares broadband prices was published.',
    ['support vector machines', 'broadband prices', 'cash'],
    'verbs read in context leave their objects whole: "using X", "cannot raise X", "that compares X"',
  ],  [
    'The widely used index structure is a B-tree. Funds for designing and implementing outreach programs were cut. Rising prices hurt families.',
    ['index structure', 'outreach programs', 'Rising prices'],
    'a participle after an adverb, and an -ing verb coordinated with another, stay out of the term; an -ing adjective opening a sentence stays in',
  ],  [
    'New tuning methods were tested on the plant. New York engineers liked the tuning methods. Former employees sued the firm, and the former employees won.',
    ['tuning methods', 'New York engineers', 'employees'],
    'a generic modifier opening a sentence is dropped like one inside it, but not before a name ("New York")',
  ],  [
    'This paper presents an approach to the scheduling problem. The approach solves the scheduling problem, and the results show that the approach works. Other studies of the problem exist; our results improve on them.',
    ['scheduling problem'],
    'a shell noun ("problem") stays inside a longer phrase',
  ],  [
    'Donald J. Trump spoke in Cleveland on Monday. Donald J. Trump said the speech went well, and Samuel L Jackson agreed.',
    ['Donald J. Trump', 'Samuel L Jackson'],
    'a middle initial between two names is part of the name',
  ],  [
    'The decision making process is slow, and record keeping takes time. Clerks improved the decision making process by using spreadsheets.',
    ['decision making process', 'record keeping'],
    'an -ing verb that takes an object still makes a compound after a noun ("decision making")',
  ],  [
    'Growing economic concerns weigh on markets. Investors fear growing economic concerns.',
    ['Growing economic concerns'],
    'an -ing word the lexicon also knows as an adjective modifies the phrase it opens',
  ],
  [
    'They’re creating jobs in the region, and the union isn’t convinced. The firm hasn’t stimulated trade. He’s raised taxes, and they’d raised prices. We’ll see lower wages, officials said.',
    ['jobs', 'trade', 'taxes', 'prices', 'lower wages'],
    'after a contraction with a curly apostrophe (news text), as after a straight one, a verb keeps its object whole',
  ],
  [
    'Bill Pascrell Defeats Steve Rothman in New Jersey\n\nRepresentative Bill Pascrell won the primary against Steve Rothman on Tuesday. Pascrell thanked voters in Paterson.',
    ['Bill Pascrell', 'Steve Rothman'],
    'a headline verb in -s before a name leaves the names whole',
  ],
  [
    'US jobless rate hits 5-year high\n\nThe US jobless rate rose again in May, the Labor Department said. The jobless rate is the highest since 2005.',
    ['US jobless rate'],
    'a headline verb in -s before a number is no part of its subject',
  ],
  [
    'The court heard David Simelane, 46, admit the killings. David Simelane listening to the verdict showed no emotion, and Joran van der Sloot living in Peru was also sentenced. Simelane and van der Sloot will appeal.',
    ['David Simelane', 'Joran van der Sloot'],
    'an -ing word after a person\'s name, ending the phrase, is a participle clause, not part of the name',
  ],
  [
    'A critic saying the film ran long was ignored. The Herald newspaper saying so angered fans, and officials accusing rebels of attacks met in Abuja. The film ran long.',
    ['Herald newspaper', 'critic'],
    'a verb of saying after a noun is no part of the noun phrase',
  ],
  [
    'The ruling so angered fans that the club also raised prices. An often overlooked issue is the already crowded market.',
    ['overlooked issue', 'crowded market', 'prices', 'fans'],
    'after a determiner and an adverb a participle modifies ("an often overlooked issue"); after an adverb alone it is the verb ("also raised prices")',
  ],
  [
    'The agency has posted larger-than-expected profits. Pensioners are being promised energy savings, and the band has since hosted charity concerts. The school has limited resources.',
    // known failures in backlog.ts: 'larger-than-expected profits', 'charity concerts'
    ['energy savings', 'limited resources'],
    'the objects of passive verbs stay whole; "has limited resources" keeps the adjective',
  ],
  [
    'Capturing niche markets is hard for small firms. Shops succeed in deterring criminals and in protecting consumer interests, and the offering price of the shares rose.',
    ['niche markets', 'consumer interests', 'offering price'],
    'a transitive -ing verb leaves its object whole; after a determiner it may name a kind ("the offering price")',
  ],
  [
    'The obtained experimental results confirm the model. The studied one-dimensional problems are simple, and the investigated process is stable.',
    ['experimental results', 'one-dimensional problems'],
    'a participle that points at the research\'s own steps is dropped from the start of a phrase',
  ],
  [
    'The report was backed by Conservative MP Andrew Tyrie and by Montana Insurance Commissioner Monica Lindeen. Andrew Tyrie said banks must change, and Monica Lindeen agreed.',
    ['Andrew Tyrie', 'Monica Lindeen'],
    'a title of office before a name is dropped',
  ],
  [
    'Getty Images Stefano Gabbana and Domenico Dolce were cleared of tax evasion on Tuesday. Lawyers for Stefano Gabbana thanked the court.',
    ['Stefano Gabbana', 'Domenico Dolce'],
    'a photo credit ends before the names of a caption',
  ],
  [
    'Associated Press John Smith and Mary Jones were cleared of fraud on Tuesday. Lawyers for John Smith thanked the court.',
    ['John Smith', 'Mary Jones'],
    'every two-word credit NEVER_ALONE lists ends a caption\'s run, "Associated Press" as "Getty Images"',
  ],
  [
    'Train strike grips Buenos Aires\n\nA strike on the Buenos Aires underground has caused traffic chaos in the Argentine capital. The train strike may go on for days.',
    ['Buenos Aires', 'train strike'],
    'a headline verb in -s whose base the lexicon knows as a verb ("grip")',
  ],
  [
    'Birth Rates Biggest in 30 Years\n\nBirth rates fell again last year, the agency said, and birth rates among young women fell most.',
    ['birth rates'],
    'a headline that drops its "be": a plural noun before an adjective stays a noun',
  ],
  [
    'Shares of General Motors rose in Detroit after the Justice Department dropped its case. General Motors said Chief Executive Mary Barra would stay. The Justice Department also sued Major League Baseball, and fans of the Premier League cheered. President Bill Clinton spoke in St. Louis, where Governor Brewer joined him.',
    ['General Motors', 'Justice Department', 'Major League Baseball', 'Premier League', 'Mary Barra', 'Bill Clinton', 'St. Louis'],
    'a title word that opens the name of a thing stays in it ("General Motors"); before a person\'s name a title is dropped; "St." opens its name',
  ],
  [
    "Zorblax's Latest iPhone Sold Well\n\nZorblax said the new iPhone sold well in China. Analysts said the phone was popular with young buyers.",
    ['iPhone', 'Zorblax'],
    'in a title-case headline a generic modifier after a name ("Latest", read as a name there) is dropped from the phrase it opens',
  ],
  [
    'Since armed groups attacked the convoy, aid has stopped. Officials met in Goma.',
    ['armed groups'],
    '"since" opens a clause: the past form after it modifies',
  ],
  [
    'Now closed factories dot the town. Workers left for the coast.',
    ['closed factories'],
    '"now" opening a sentence is no verb adverb: the past form after it modifies',
  ],
  [
    'Talks will resume once elected officials meet in the capital. The mayor said so.',
    ['elected officials'],
    '"once" opens a clause: the past form after it modifies',
  ],
  [
    'A very often overlooked issue is water. Farmers said the drought hurt crops.',
    ['overlooked issue'],
    'a determiner before two adverbs still opens the noun phrase the participle modifies',
  ],
  [
    "There's renewed interest in nuclear power, officials said. Utilities plan new reactors.",
    ['renewed interest'],
    '"there\'s" is "there is", never "has": a participle the lexicon knows as an adjective still modifies after it',
  ],
  [
    'The firm has experienced staff in Lagos, its chief said. Rivals hire abroad. The school has qualified teachers, the inspector said.',
    ['experienced staff', 'qualified teachers'],
    'after "have" a participle the lexicon knows as an adjective may modify ("has experienced staff")',
  ],
  [
    'The asking price for the house was cut, the agent said. Buyers stayed away. Story telling is an old craft in Accra. Fortune telling is banned in the town, police said.',
    ['asking price', 'Story telling', 'Fortune telling'],
    '"asking" and "telling" are no verbs of saying here: they modify or head a noun',
  ],
  [
    'Wales will play in the Six Nations. Critics said the Six Nations was too long, and China opened the Three Gorges Dam. Five Live covered the Three Gorges Dam.',
    ['Six Nations', 'Three Gorges Dam'],
    'a number word written with a capital inside a sentence, before a name, is part of the name',
  ],
  [
    NAME_MODIFIERS,
    ['Xstrata', 'Rosneft', 'Frank Schmidt'],
    'a hyphenated modifier that places or describes a name ("Swiss-based", "state-owned", "German-born") is dropped before it, as a title (round 10)',
  ],
  [
    TERM_MODIFIERS,
    ['web-based application', 'state-owned companies'],
    'before a common noun the same modifier is a word of the term (round 10)',
  ],
  [
    EVALUATION,
    ['stadium', 'volley', 'goal'],
    'the noun an evaluative adjective modifies is the term: "a fabulous stadium" gives "stadium" (round 10)',
  ],
  [
    DEMONYM_PERSONS,
    ['Roberta Vinci', 'Conchita Martinez', 'Andy Roddick', 'Kenneth Carlsen'],
    'a nationality before a person\'s name is dropped as a title is (round 10)',
  ],
  [
    DEMONYM_COMMON_GIVEN,
    ['Jack Draper', 'Mark Philippoussis', 'Bill Williams', 'Tommy Paul'],
    'a nationality is dropped before a person\'s name whose given name is a common noun too (review of round 10: "Top-seeded Briton Jack Draper" stayed one phrase)',
  ],
  [AGE_SEEDING, ['Donald Young', 'Tim Henman', 'top-seeded player'], 'an age or a seeding before a name is dropped as a title is, and stays before a common noun (review of round 10)'],
  [
    DEMONYM_ADJECTIVE,
    ['Spanish Grand Prix', 'Irish Grand National', 'Donald Young'],
    'a name that opens with an adjective ("Grand") is a thing\'s: the nationality stays; a surname that is an adjective ("Young") is still a person\'s (review of round 10)',
  ],
  [EXTRAORDINARY, ['extraordinary rendition', 'extraordinary general meeting', 'chairman'], '"extraordinary" also means "outside the usual order" and makes terms; "remarkable" is praise and goes (review of round 10)'],
  [DEMONYM_PARTICLE, ['Ruud van Nistelrooy', 'Ludwig von Mises'], 'a nationality is dropped before a person\'s name with a particle inside (review of round 10)'],
  [DEMONYM_BILL, ['American Bill of Rights'], 'a nationality before "Bill" that opens no person\'s name stays (review of round 10)'],
  [
    'Deputy leader Mark Vaile said the bid was fair. Vaile told reporters it was good for farmers.',
    ['Mark Vaile', 'Vaile'],
    'a full name whose given name is a common noun too shares its surname\'s name factor (review of round 10: "Mark Vaile", "Bill Lockyer" fell out of BBC lists behind the surname)',
  ],
  [
    DEMONYM_THINGS,
    ['Welsh Rugby Union', 'British Olympic Association', 'British Airways', 'British American Tobacco', 'Scottish National Party'],
    'a nationality that opens the name of a thing stays in it: a common noun, an adjective or another nationality in the name (round 10)',
  ],
  [
    'Sprinter Darren Campbell won the race in Madrid. Scrum-half Peter Stringer scored for Ireland. Rapper Eminem topped the chart.',
    ['Darren Campbell', 'Peter Stringer', 'Eminem'],
    'an occupation or a sports position before a name is a title, also where it opens the sentence',
  ],
  [
    PRICE_INDEX,
    ['Producer Price Index', 'Economist Intelligence Unit survey'],
    'a capitalized occupation inside a sentence is a word of a name (news writes the occupation before a name in lower case there: "sprinter Darren Campbell")',
  ],
  [ROSTER, ["Brian O'Driscoll", "Ronan O'Gara", 'Ireland'], 'the names the prose mentions stay candidates there when a line-up lists them too'],
  [
    'Leaders of China, Russia, India, Brazil and South Africa met in Durban. China, Russia, India, Brazil, Mexico and Japan sent ministers.',
    ['Mexico', 'Japan', 'South Africa'],
    'a sentence of names with a verb is prose, not a roster',
  ],
  [
    'Zorblax, Quorvex, Vantrel, Pellucid And Marowind Face New Rules\n\nRegulators in Brussels published new rules for cloud providers on Monday. The rules limit how providers bundle software.',
    ['Zorblax', 'Marowind'],
    'a title-case headline of names is no roster (every word has a capital)',
  ],
  [GIVEN, ['Gavin Henson', 'Henson'], 'the full name and the surname stay when the given name alone is left out'],
  [
    'Manchester United beat Arsenal 2-0 at Old Trafford. United said ticket prices would not rise next season. The win puts United top of the table. Fans in Manchester celebrated late into the night, and police in Manchester made two arrests.',
    ['Manchester United', 'Manchester'],
    'a club says things too ("United said"): a first word that stands alone after "in" ("fans in Manchester") names a place, no given name',
  ],
  [CLUB, ['Manchester United', 'Manchester', 'United'], 'a place that opens a club\'s name ("Manchester United", then "United" alone) is no given name: neither a given name nor a title or reporting verb beside the name says it names a person'],
  [
    'Nintendo will sell the Nintendo DS in Europe in March. Nintendo said the DS had sold well in Japan, and Nintendo expects more sales.',
    ['Nintendo', 'Nintendo DS'],
    'a name that opens a product name ("Nintendo DS", "DS" alone) is no given name',
  ],
  [
    'Commons Speaker Michael Martin banned the devices from the chamber. Speaker Michael Martin said MPs had been warned.',
    ['Michael Martin'],
    'the Speaker of a parliament is a title before a name',
  ],
  [STYLED_NAMES, ['Six Nations'], 'a title-case headline\'s word that the body writes capitalized inside a sentence is a name\'s word there too ("Six Nations" was "Nations": round 11)'],
  [STYLED_PAIR, ['Bellevue Hospital'], 'a pair of capitalized words the body writes so is a name in the title-case headline (round 11)'],
  [STYLED_WORDS, ['cheaper phones'], 'a title-case headline\'s words the body writes in lower case stay common words (round 11)'],
  [STOPWORD_NAMES, ['All Blacks', 'Theresa May', 'Will Smith'], 'a capitalized stop word inside a sentence opens a name ("the All Blacks", "actor Will Smith") or ends one after a given name ("Theresa May"; round 11, from the backlog)'],
  [OF_NAME_NOUN, ['Bank of England', 'Hollywood Walk of Fame'], 'two names joined by "of" stay one before the common noun they modify ("the Bank of England governor" gave "Bank" and "England governor": round 11)'],
  [OPENING_ADJECTIVE_SURNAME, ['Rafael Nadal'], 'an opening adjective before a surname that stands alone only at sentence starts ("Nadal said") describes it (review of round 11)'],
  [OPENING_ADJECTIVE_NAME, ['Grateful Dead'], 'an opening adjective the text capitalizes inside a sentence before the same word is the name\'s first word'],
  [TITLE_MAY, ['Theresa May', 'Brexit deal'], '"May" after a title ("Mrs May") is the surname, which counts for the full name (review of round 11: "Theresa May" was 11th)'],
  [OF_NAME_TAIL, ['Department for Education', 'Church of England'], 'a name joined by "of"/"for" is a candidate without the common noun after it (review of round 11: "Church of England synod")'],
  [OF_OPENING_TWO_WORDS, ['State Administration of Taxation'], 'a name of two words opening a sentence joins "of" and the name after it (review of round 11: "State Administration" and "Taxation officials")'],
  [OPENING_ONLY_NAME, ['Italy', 'Wales', 'Gonzalo Quesada'], 'a form the lexicon does not know, read by its suffix as an adverb ("-ly"), is a name when it opens two sentences or more and is never in lower case (review of round 11: round 11 asked for it inside a sentence, and "Italy" was lost)'],
  [OPENING_STOPWORD_NAMES, ['All Saints'], 'a capitalized "All" opening a sentence opens the name the text writes with it inside a sentence (review of round 11: "Saints" led the list)'],
  [OPENING_WILL, ['Will Jordan', 'All Blacks'], 'a capitalized "Will" opening a sentence that asks no question opens the name after it (review of round 11: "Jordan")'],
  [OF_NAME_OPENING, ['Bank of England', 'Andrew Bailey'], 'a name joined by "of" before a common noun stays one also when it opens the sentence, if the text capitalizes its first word inside a sentence too (review of round 11: "Bank" and "England governor")'],
  [OF_PERSON, ['Joe Mount'], 'a person\'s name before "of" is not joined to the name and the noun after it (review of round 11: "Joe Mount of Metronomy dresses" in a KPCrowd train list)'],
  [OF_OPENING_TERM, ['PID-type controllers'], 'a common word that opens the sentence before "of" joins no name (round 11)'],
  [AWARD_TITLES, ['Andrea Arnold', 'David Mamet', 'Kelly Holmes'], 'a hyphenated award title before a name is dropped as a title ("Oscar-winner Andrea Arnold" was one phrase: round 11)'],
  [HEADLINE_ADJECTIVE, ['Federer', 'Roger Federer', 'European Union'], 'an adjective opening a sentence before a name the text writes alone is no part of it; a name whose first word the text capitalizes inside sentences stays whole (round 11)'],
  [GIVEN_FIRST, ['Steven Gerrard', 'Gerrard'], 'the full name is listed where its given name alone is not (round 11)'],
  [SUFFIX_NAMES, ['Dokic', 'Ivanovic', 'Italy'], 'a word the lexicon does not know that opens a sentence is a name when the text writes it as one inside a sentence ("Dokic" read as an adjective in "-ic", "Italy" as an adverb in "-ly": round 11)'],
  [PARTICLES, ['Stade de France', 'Robert de Niro', 'Rio de Janeiro', 'Renaud Donnedieu de Vabres'], 'a lower-case particle between capitalized words is a word of the name (round 12: "Stade de", "Rio de", "Renaud Donnedieu de" in BBC lists)'],
  [TIME_ZONES, ['Continental Airlines', 'cost cuts'], 'the firm and its trouble, not the time of day (round 12)'],
  [OPENING_PARTICIPLES, ['Robinson', 'Nicolas Almagro', 'Hunting Act protests'], 'a participle opening a sentence is no part of the name after it, but a name that opens with one stays whole (round 12)'],
  [MORE_TITLES, ['Alan Hevesi', 'Pete Mitchell', 'Karen Whitefield', 'Agent Orange victims'], 'a title is no part of the name after it, and "Agent" stays in a name of a thing (round 12)'],
  [GENERIC_COMPOUNDS, ['Australian Open champion', 'sci-fi horror', 'software firm', 'brewer'], 'a rank among others or "newly-", "much-" is no part of the term (round 12)'],
  [DJ_NAME, ['DJ Shadow', 'Pete Mitchell'], '"DJ" is a title before a person\'s name only, as NAME_OPENERS are (round 12)'],
  [REED, ['Reed Elsevier'], 'a word of four letters in "-ed" or "-ing" opening a sentence is no participle cut from the name after it ("Reed | Elsevier"; review of round 12)'],
  [FORMER, ['England footballer', 'Labour minister', 'New Labour', 'New York style'], '"Former" opening a sentence is dropped before a capital as in lower case; "New" may open a name (round 12)'],
  [AMPERSAND, ['Marsh & McLennan'], 'an ampersand between capitalized words is inside a firm\'s name ("Marsh", "McLennan" in 4 BBC lists; round 12, kept by the lead at KPCrowd train F@10 -0.001: the crowd tags "Dolce" and "Gabbana" apart)'],
  [ZONE_NAMES, ['GMT Games', 'UTC Aerospace Systems', 'EST'], 'a time zone\'s capitals not after a time of day are a name\'s (review of round 12: "GMT Games" was "Games", "UTC Aerospace Systems" was "Aerospace Systems", the jazz trio "EST" was lost)'],
  [STAGE_NAMES, ['DJ Khaled', 'Agent Carter', 'Reverend Run', 'Pete Mitchell', 'MSP Airport'], 'a title stays in a stage or fictional name of one word, and goes before a full name (review of round 12: "DJ Khaled" was "Khaled", "Agent Carter" "Carter", "Reverend Run" "Run", "MSP Airport" "Airport")'],
  [TEST_MATCHES, ['third-Test win', 'fifth-Test defeat'], 'an ordinal before a noun in "-est" ranks nothing, and stays in the phrase (review of round 12: "third-Test win" was "win", "fifth-Test defeat" "defeat")'],
  [RECENT_TITLES, ['Recent Arrivals', 'Recent Trends', 'Cabinet minister'], '"Recent" opening a title of one plural common noun stays in it; before a name or a longer term it goes (review of round 12: "Recent Arrivals" gave "Arrivals", "Recent Trends" "Trends")'],
  [ING_ED_OPENERS, ['Khaled Meshaal', 'Channing Tatum'], 'a given name in "-ed", "-ing" opening a sentence is no participle cut from the surname (review of round 12: "Meshaal", "Tatum" alone; 12 of 22 such names were cut)'],
  [BEIJING, ['Beijing Olympics'], 'a place in "-ing" opening every sentence it is in is no participle (ING_ED_NAMES; round 12\'s backlog: "Beijing" was cut as "Fuming" is)'],
  [STAGE_NAMES_TWO, ['DJ Jazzy Jeff', 'Agent Cody Banks', 'Margherita Taylor'], '"DJ", "Agent" opening a name of two words stay, unless the first is a listed given name or the last stands alone; after an employer\'s name the title is a job (review of round 12: "Jazzy Jeff", "Cody Banks")'],
  [
    'Doctors ordered 4 CT scans for each patient in the trial. The CT scans showed tumours in two patients. Hospitals say CT scanners are costly, and 3 PT sessions a week helped recovery.',
    ['CT scans', 'CT scanners', 'PT sessions'],
    'CLOCK_ZONES are time words only after a clock, not after any number ("4 CT scans", "3 PT sessions")',
  ],
  [LEGAL_FORMS, ['Halvorsen Marine', 'Kestrel Boatworks'], 'a firm\'s name with its legal form and without is one phrase, shown without it (round 13: "Jayark" and "Jayark Corp", "Telerate" and "Telerate Inc" in 34 TimeBank lists)'],
  [MIDDLE_INITIAL, ['Harold Brennan', 'Brennan'], 'a full name with a middle initial and without is one phrase, shown without it (round 13: "James Kopp" and "James C. Kopp" in an AQUAINT list, "Donald Trump" and "Donald J. Trump" in a KPTimes one)'],
  [WIRE_PLACES, ['Pacific Sensor', 'Orvex', 'Sunnyvale', 'Stamford'], 'a one-word firm\'s name met first with its legal form is shown without it (round 13)'],
  [CURRENCY_UNITS, ['Norland Foods', 'net income', 'frozen pizza sales'], 'the terms of a results story, not its amounts (round 13)'],
  [
    'Brokers said a share in the company would be offered to every worker. Miners bought one share each, and the share rose in value. Each share carries a vote.',
    ['share'],
    '"share" is no rate\'s unit where no amount precedes "a" (round 13)',
  ],
  [OFFICE_TITLES, ['Madeleine Albright', 'John Sununu', 'Ali Alatas'], 'the office of a title joined by "of" is dropped before a full name, as the title (round 13)'],
  [POSTPOSITIVE, ['convertible subordinated debentures', 'Halcyon Resources'], 'an adjective after a plural noun is no part of its phrase (round 13)'],
  [ESCAPED_AMPERSAND, ['Harbor Federal Savings amp Loan Association', 'Pell &amp; Mercer'], 'the remnant of an escaped ampersand between capitalized words joins them as "&" does (round 13: "Valley Federal Savings amp Loan Association", "Crum amp Forster" in 14 TimeBank lists)'],
  [PEOPLES_POSSESSIVE, ["International Women's Day", "People's Bank of China"], 'a people\'s possessive between capitalized words is a word of the name (round 13: "International Women", "German People" in TimeBank lists)'],
  [MORE_PARTICLES, ['Dar es Salaam', 'Alwaleed bin Talal'], '"es", "bin" between a name\'s words are words of the name (round 13: "Salaam" alone in 8 AQUAINT lists, "Talal" in 2 BBC lists)'],
  [WIRE_WEEKDAYS, ['International Court of Justice', 'Tony Blair', 'Black Friday sales'], 'a weekday after a name is the date of wire copy, cut from the name; after an adjective it names a day ("Black Friday"; round 13: "World Court Friday", "Bill Clinton Thursday" in TimeBank and AQUAINT lists)'],
  [WHILST, ['Dinamo Bucharest', 'image noise'], '"whilst" is a conjunction, no noun ending a phrase (round 11: "Romanian side Dinamo Bucharest whilst")'],
  [CURRENCY_PHRASES, ["Zimbabwe dollars", "advertising dollars", "copper pence coins"], "a plural currency unit heads and modifies phrases (review of round 13: as a quantity it cut \"Zimbabwe dollars\" to \"Zimbabwe\", \"advertising dollars\" to \"advertising\", \"pence coins\" to \"coins\" in 8 of 12 texts)"],
  [REST_TERMS, ["bed rest", "rest area"], "\"rest\" heads and modifies terms (review of round 13: as a vague noun it cut \"bed rest\" to \"bed\", \"rest area\" to \"area\" and lost \"rest stop\", \"active rest\")"],
  [PLURAL_MODIFIERS, ["operations chief", "emissions standard", "sales potential"], "an adjective the lexicon knows as a noun heads a phrase after a plural noun unless it follows its noun (POSTPOSITIVE_ADJECTIVES: \"due\", \"overseas\"; review of round 13: \"operations chief\", \"emissions standard\", \"sales potential\", \"sales chief\" were cut to their plurals)"],
  [WEEKDAY_NAMES, ["Sheffield Wednesday", "Cyber Monday sales", "Easter Sunday mass"], "a weekday after a name's word is a word of the name where a noun follows it or the text writes the two together again (review of round 13: \"Sheffield Wednesday\" was cut to \"Sheffield\", \"Cyber Monday\", \"Easter Sunday\", \"Ash Wednesday\", \"Palm Sunday\", \"Giving Tuesday\" to their first words)"],
  [LETTER_NAMES, ["Vitamin D Council", "Plan B Foods"], "a letter between a name's words is a middle initial only with its period or after a given name (review of round 13: \"Vitamin D Council\" and \"Plan B Foods\" were merged into \"Vitamin Council\", \"Plan Foods\")"],
  [STATE_NAMES, ["Colo", "Conn"], "a state's abbreviation is never alone only where the text first writes it after a town (review of round 13: \"Colo\" the gorilla and \"Conn\" the boxer were lost)"],
];

/** [text, phrases that must not be keyphrases (compared lower-cased), why]. */
export const NEGATIVE: [string, string[], string][] = [
  [
    'The Senate will vote at 3 p.m. ET on Thursday, Senate leader John Thune said. The vote on the labor nominee was delayed twice. Thune said the nominee, Jane Doe, had the votes. Markets close at 4 p.m. ET, and pre-orders open at 8am ET. Trading in Mumbai opens at 9:15 IST, and the Mumbai session closes at 15:30 IST.',
    ['et', '3 p.m. et', 'ist'],
    'a US time zone after a clock is a time word (CLOCK_ZONES: "ET" was a keyphrase in the lead\'s probe)',
  ],
  [
    'Shares in Marks & Spencer rose after the retailer said sales beat forecasts. The results for Q3 FY25 will be published in January, and FY2024 profit rose. Analysts expect Q4 sales to rise again, Marks & Spencer said.',
    ['q3 fy25', 'q3', 'fy25', 'fy2024', 'q4', 'q4 sales'],
    'a quarter or a fiscal year in short is a date ("Q3 FY25" was a keyphrase; the lead\'s probe after round 12)',
  ],
  [
    'In the first three years, sales rose 5 percent, and it\'s the second time in June that one of the firms said so. Over the years, the firms grew.',
    ['years', 'first', 'three', 'percent', "it's", 'second', 'june', 'one', 'time', 'the firms'],
    'numbers, quantities, dates, pronouns and contractions (what retext-keywords returns)',
  ],
  [
    'They said that we would see them there. He told her it was hers.',
    ['they', 'we', 'them', 'he', 'her', 'hers', 'it'],
    'pronouns only: nothing to find',
  ],
  [
    'On Monday, 16 June 2025, at 10 a.m., the 2nd of the 3 meetings began; 45% voted.',
    ['monday', 'june', '2025', '16 june 2025', '2nd', '45%', '10 a.m.'],
    'dates, times and numbers',
  ],
  [
    'Photo by Mark Cina LOS ANGELES (Reuters) - Film stars spending millions praised Penelope Cruz. Critics saying the film ran long were ignored.',
    ['mark cina los angeles', 'cina los angeles', 'stars spending', 'critics saying', 'film stars spending'],
    'a byline run into a dateline in capitals; -ing verbs after a plural noun',
  ],
  [
    'Prices rose for three-year bonds and five-day options over the past decade; two-thirds of three-minute calls failed.',
    ['three-year', 'five-day', 'decade', 'past decade', 'two-thirds', 'three-minute'],
    'quantities inside compounds',
  ],
  [
    WIND_FARM,
    ['wind farm plans', 'farm plans'],
    'in a story of more than 150 words, a longer phrase met once does not crowd a chosen phrase it holds, nor do its own sub-phrases',
  ],
  [
    'WHY IT MATTERS\n\nIt is what it is, and it was us who paid. We forecast demand by using fuzzy linear regression.',
    ['it', 'us', 'who', 'is', 'using fuzzy linear regression', 'it matters'],
    'stop words in capitals inside a headline in capitals, or in lower case, stay stop words; a gerund after "by" is a verb',
  ],
  [
    'For the first time in years, time management was the end of the case. He spent a long time at the end of the day.',
    ['time', 'end', 'day', 'case', 'long time', 'the end'],
    'a time or vague noun that modifies nothing stays excluded',
  ],
  [
    'Executives at Nextel Communications and Nortel Networks bought shares. Nextel Communications and Nortel Networks rose.',
    ['nextel communications and nortel networks'],
    'two names joined by "and" stay two names',
  ],
  [
    'The adaptive scheme ensures stability of the plant. The summit convenes in June and fosters trade.',
    ['scheme ensures', 'adaptive scheme ensures', 'summit convenes', 'convenes', 'fosters', 'fosters trade'],
    'verbs in -s the compact lexicon leaves out are read from their base ("ensure", "convene", "foster")',
  ],
  [
    'The company plans to expand its business in Asia. The rate rises when demand falls.',
    ['company plans', 'rate rises', 'plans'],
    'a verb in -s after a singular noun, before "to" or a clause, is no noun',
  ],
  [
    'Adaptive by design, the controller tracks the plant. Adaptive by nature, it learns the load.',
    ['adaptive'],
    'an unknown adjective opening a sentence is no name (its suffix tells)',
  ],
  [
    'Apple Unveils Cheaper Phones\n\nApple showed two cheaper phones on Tuesday. Analysts said the phones would sell well in China.',
    ['apple unveils cheaper phones', 'apple unveils', 'unveils cheaper phones'],
    'a title-case headline is no name: its capitals are the style\'s',
  ],
  [
    'WASHINGTON (AP) — The Senate passed the farm bill on Tuesday, the Associated Press reported. Farmers cheered outside, in a picture credited to AP Photo and Reuters. Sen. Smith said the farm bill helps farmers, and Rep. Jones agreed. Sens. Reid and Durbin voted for it, the site Farmnews.com reported.',
    ['ap', 'ap photo', 'reuters', 'associated press', 'press', 'sen', 'sens', 'rep', 'com'],
    'wire-service and photo credits (nor what is left of them: "Press"), and title abbreviations cut from their names, are not topics',
  ],
  [
    "The new model was built by using support vector machines. A method combining motion and lighting works well. Critics say the firm can't raise cash now.",
    ['using support vector machines', 'combining motion', 'raise cash'],
    'an -ing verb that takes an object ("using", "combining") and a base verb after a negated modal are no modifiers',
  ],
  [
    'The firm positions itself as a leader. A report that compares broadband prices was published. This means higher bills.',
    ['firm positions', 'positions', 'compares broadband prices', 'means', 'means higher bills'],
    'a word in -s after "that" or "this", or before "itself", is a verb: a plural noun cannot follow a singular determiner nor take a singular reflexive',
  ],
  [
    'The startup has stimulated significant interest among investors. The service has been hyped ad nauseam by vendors.',
    ['stimulated significant interest', 'hyped ad nauseam'],
    'a participle after a form of "be" or "have" is a verb, unless the lexicon also knows it as an adjective ("has limited resources")',
  ],  [
    'The widely used index structure is old, and a newly elected president spoke. A new switching scheme, called differential switching, is shown. The library is creating systems for students. Funds for designing and implementing outreach programs and for hiring new staff were cut.',
    ['used index structure', 'elected president', 'called differential switching', 'creating systems', 'implementing outreach programs', 'hiring new staff', 'new staff'],
    'participles after an adverb in -ly, participles of naming, -ing verbs after "be" or coordinated with an -ing verb, and an -ing verb before an adjective and a noun are verbs, not words of a term',
  ],  [
    'New tuning methods were tested on the plant. New York engineers liked the tuning methods. Former employees sued the firm, and the former employees won.',
    ['new tuning methods', 'former employees', 'york engineers'],
    'generic and temporal modifiers ("new", "former") are no part of a term, also when they open a sentence',
  ],  [
    NAME_MODIFIERS,
    ['swiss-based xstrata', 'state-owned rosneft', 'german-born frank schmidt'],
    'a modifier that places or describes a name is no part of it (round 10: "Frankfurt-based Deutsche Boerse", "Oscar-winning Pulp Fiction director" in BBC lists)',
  ],
  [
    TERM_MODIFIERS,
    ['application', 'companies'],
    'before a common noun the modifier is not dropped (round 10)',
  ],
  [
    EVALUATION,
    ['fabulous stadium', 'stunning volley', 'wonderful goal'],
    'adjectives of the writer\'s evaluation ("fabulous", "stunning", "wonderful") are no part of a term (round 10)',
  ],
  [
    'The so-called causality constraint limits the above-mentioned optical fiber network. An interesting application of the causality constraint is shown.',
    ['so-called causality constraint', 'above-mentioned optical fiber network', 'interesting application'],
    'words that point at naming or at the text itself ("so-called", "above-mentioned") and vague evaluation ("interesting") are no part of a term',
  ],  [
    'This paper presents an approach to the scheduling problem. The approach solves the scheduling problem, and the results show that the approach works. Other studies of the problem exist; our results improve on them.',
    ['paper', 'approach', 'results', 'problem', 'studies'],
    'shell nouns and nouns that name the text or the research itself are never keyphrases alone',
  ],  [
    'Donald J. Trump spoke in Cleveland on Monday. Donald J. Trump said the speech went well, and Samuel L Jackson agreed.',
    ['donald', 'samuel', 'j'],
    'a first name is not cut from a name with a middle initial',
  ],
  [
    'He starred in NCAA Division I. Moore said the NCAA Division I title was his goal.',
    ['ncaa division i. moore', 'division i. moore'],
    'a Roman numeral after a name is no middle initial',
  ],  [
    'The city funds outreach programs that help students. Tools that assist officials were built for the outreach programs.',
    ['help students', 'assist officials', 'help', 'assist'],
    '"that" after a noun opens a relative clause: the word after it is its verb, not a noun after a determiner',
  ],
  [
    'Bill Pascrell Defeats Steve Rothman in New Jersey\n\nRepresentative Bill Pascrell won the primary against Steve Rothman on Tuesday. Pascrell thanked voters in Paterson.',
    ['bill pascrell defeats', 'defeats', 'pascrell defeats', 'defeats steve rothman'],
    'a headline is a clause: a word in -s between its subject and a name is its verb',
  ],
  [
    'Tea Party Blocks Health-Care Implementation\n\nThe Tea Party has a plan to block the health-care law in Montana, where legislators voted against it.',
    ['tea party blocks', 'blocks'],
    'a headline verb in -s after a noun and before a name (capitalized in a title-case headline)',
  ],
  [
    'India charges ex-minister over telecom scam\n\nIndian police charged the ex-minister with fraud on Monday. The ex-minister denies the telecom scam.',
    ['india charges ex-minister', 'india charges', 'charges ex-minister'],
    'a headline verb in -s after a singular subject and before a noun that cannot be a verb',
  ],
  [
    'US jobless rate hits 5-year high\n\nThe US jobless rate rose again in May, the Labor Department said. The jobless rate is the highest since 2005.',
    ['us jobless rate hits', 'rate hits', 'hits'],
    'a headline verb in -s after a singular subject and before a number',
  ],
  [
    'Train strike grips Buenos Aires\n\nA strike on the Buenos Aires underground has caused traffic chaos in the Argentine capital. The train strike may go on for days.',
    ['train strike grips', 'strike grips', 'grips'],
    'a headline verb in -s whose base the lexicon knows as a verb ("grip")',
  ],
  [
    'The court heard David Simelane, 46, admit the killings. David Simelane listening to the verdict showed no emotion, and Joran van der Sloot living in Peru was also sentenced. Simelane and van der Sloot will appeal.',
    ['david simelane listening', 'joran van der sloot living', 'listening', 'living'],
    'an -ing word after a person\'s name, ending the phrase, is a participle clause ("Web authoring" is a compound: "Web" is a common noun)',
  ],
  [
    'Birth Rates Biggest in 30 Years\n\nBirth rates fell again last year, the agency said, and birth rates among young women fell most.',
    ['birth', 'rates'],
    'a headline that drops its "be" ("Birth Rates Biggest"): a plural noun before an adjective is no verb',
  ],
  [
    'Shares of General Motors rose in Detroit after the Justice Department dropped its case. General Motors said Chief Executive Mary Barra would stay. The Justice Department also sued Major League Baseball, and fans of the Premier League cheered. President Bill Clinton spoke in St. Louis, where Governor Brewer joined him.',
    ['motors', 'department', 'league baseball', 'shares of general motors', 'st', 'louis', 'chief executive mary barra', 'president bill clinton', 'governor brewer'],
    'a title word that opens the name of a thing is not cut from it, a sentence\'s first word joins "of" only when it is a name\'s, and "St." is no word alone',
  ],
  [
    'They’re creating jobs in the region, and the union isn’t convinced. The firm hasn’t stimulated trade. He’s raised taxes, and they’d raised prices. We’ll see lower wages, officials said.',
    ['creating jobs', 'stimulated trade', 'raised taxes', 'raised prices', 'they’d', 'we’ll', 'he', 'see lower wages'],
    'contractions with a curly apostrophe are stop words, and the verb after them ("they’re creating", "hasn’t stimulated", "he’s raised") is no modifier',
  ],
  [
    'A critic saying the film ran long was ignored. The Herald newspaper saying so angered fans, and officials accusing rebels of attacks met in Abuja. The film ran long.',
    ['critic saying', 'herald newspaper saying', 'newspaper saying', 'saying'],
    'a verb of saying after a noun opens a participle clause, never a compound',
  ],
  [
    'The ruling so angered fans that the club also raised prices. An often overlooked issue is the already crowded market.',
    ['angered fans', 'raised prices', 'so angered fans'],
    'a past form after an adverb that modifies verbs ("so", "also"), with no determiner before the adverb, is the verb',
  ],
  [
    'The agency has posted larger-than-expected profits. Pensioners are being promised energy savings, and the band has since hosted charity concerts. The school has limited resources.',
    // (the negatives 'posted larger-than-expected profits', 'hosted charity concerts' are backlog.ts' known failures)
    ['promised energy savings'],
    'a participle after "been" or "being" is a passive verb, also one the lexicon knows as an adjective',
  ],
  [
    'Capturing niche markets is hard for small firms. Shops succeed in deterring criminals and in protecting consumer interests, and the offering price of the shares rose.',
    ['capturing niche markets', 'deterring criminals', 'protecting consumer interests'],
    'the -ing form of a transitive verb, not after a determiner, takes the noun phrase after it as its object',
  ],
  [
    'The obtained experimental results confirm the model. The studied one-dimensional problems are simple, and the investigated process is stable.',
    ['obtained experimental results', 'studied one-dimensional problems', 'investigated process'],
    'participles that point at the research\'s own steps ("the obtained results") are no part of a term',
  ],
  [
    'The report was backed by Conservative MP Andrew Tyrie and by Montana Insurance Commissioner Monica Lindeen. Andrew Tyrie said banks must change, and Monica Lindeen agreed.',
    ['conservative mp andrew tyrie', 'mp andrew tyrie', 'montana insurance commissioner monica lindeen', 'insurance commissioner monica lindeen'],
    'titles of office ("MP", "Commissioner") are dropped before a person\'s name, with the words before them',
  ],
  [
    'Getty Images Stefano Gabbana and Domenico Dolce were cleared of tax evasion on Tuesday. Lawyers for Stefano Gabbana thanked the court.',
    ['getty images stefano gabbana', 'images stefano gabbana', 'lawyers for stefano gabbana', 'getty images'],
    'a photo credit run into the caption\'s names ends before them; a sentence\'s first word that is no name does not join "for"',
  ],
  [
    'The flooded village is seen in an Associated Press photograph taken on Monday. The flooded village lost its bridge, and the flooded village school closed.',
    ['associated press photograph', 'photograph'],
    'a credit ends its run: what follows it ("photograph") stands alone, and alone it is never a keyphrase',
  ],
  [
    "Zorblax's Latest iPhone Sold Well\n\nZorblax said the new iPhone sold well in China. Analysts said the phone was popular with young buyers.",
    ['latest iphone'],
    '"latest" (EXCLUDED, but read as a name after a name in a title-case headline) is a generic modifier',
  ],
  [
    "Quorvex's Previous iPad Flopped In Europe\n\nQuorvex said the old iPad sold badly in Europe. Critics said the tablet was too heavy for most readers.",
    ['previous ipad'],
    '"previous" likewise (EXCLUDED too, and live in GENERIC_MODIFIERS)',
  ],
  [
    'He’d never seen such crowds at the harbour, and she’ll say the mayor hadn’t planned the ferry service. It’ll take weeks; the council mustn’t wait, and who’s paying for the ferry service?',
    ['he’d', 'she’ll', 'hadn’t', 'it’ll', 'mustn’t', 'who’s', 'he', 'she', 'who'],
    'every contraction with a curly apostrophe is a stop word, also those the list once held in the straight spelling only',
  ],
  [
    'HEALTH CARE COSTS RISE AGAIN\n\nHealth care costs rose again in March, the agency said. Hospitals blamed wages.',
    ['rise', 'health care'],
    'in an all-caps headline every word looks like a name: a plural noun before one is not the verb ("COSTS" stays in its phrase)',
  ],
  [
    'BANK SHARES FALL IN LONDON\n\nBank shares fell in London on Tuesday as investors sold. Traders said the slide may go on.',
    ['fall', 'bank'],
    'likewise "SHARES" before "FALL" in capitals is the head of "bank shares", not its verb',
  ],
  [
    'He lives on Main St. Police said he was not home. The house was empty.',
    ['main st. police', 'st. police'],
    '"St." after a street name is "Street": it ends the name and joins nothing after it',
  ],
  [
    'Ireland won the Six Nations title in Rome. Six players were injured, and two Nations officials left. Six Nations officials met.',
    ['six', 'six players', 'two nations officials', 'nations'],
    'a number word that opens a sentence, or in lower case, stays a number; a capitalized one before a name does not leave the name as "Nations"',
  ],
  [
    DEMONYM_PERSONS,
    ['italian roberta vinci', 'spaniard conchita martinez', 'american andy roddick', 'top-seeded american andy roddick', 'dane kenneth carlsen', 'italian', 'spaniard', 'dane'],
    'a nationality before a person\'s name is no part of the name (round 10: "Russian Nikolay Davydenko" was one phrase in BBC sport lists)',
  ],
  [
    DEMONYM_COMMON_GIVEN,
    ['briton jack draper', 'top-seeded briton jack draper', 'american tommy paul', 'australian mark philippoussis', 'welsh bill williams'],
    'a nationality before a given name that is a common noun too is no part of the name (review of round 10)',
  ],
  [AGE_SEEDING, ['fifteen-year-old donald young', 'second-seeded tim henman', 'player'], 'an age or a seeding is no part of the name after it (review of round 10: "Fifteen-year-old Donald Young" in a BBC list)'],
  [DEMONYM_ADJECTIVE, ['grand prix', 'grand national', 'american donald young'], 'round 10 cut "Spanish" from "Spanish Grand Prix" as from a person\'s name (review of round 10)'],
  [EXTRAORDINARY, ['rendition', 'general meeting', 'remarkable chairman'], 'round 10 cut "extraordinary" from its terms as praise (review of round 10)'],
  [DEMONYM_PARTICLE, ['dutchman ruud van nistelrooy', 'austrian ludwig von mises', 'dutchman'], 'round 10 read only capitalized words as a person\'s name, so the nationality stayed before "Ruud van Nistelrooy" (review of round 10)'],
  [DEMONYM_BILL, ['bill of rights', 'bill'], 'the nationality stays in the name of a thing (review of round 10)'],
  [
    DEMONYM_THINGS,
    ['rugby union', 'olympic association', 'airways', 'american tobacco', 'national party'],
    'a nationality is not cut from the name of a thing (round 10)',
  ],
  [
    'Sprinter Darren Campbell won the race in Madrid. Scrum-half Peter Stringer scored for Ireland. Rapper Eminem topped the chart. Veteran Labour MP Jack Cunningham will stand down.',
    ['sprinter darren campbell', 'scrum-half peter stringer', 'rapper eminem', 'veteran labour mp', 'sprinter', 'rapper'],
    'an occupation before a name that opens the sentence is no part of the name ("Sprinter", "Scrum-half", "Veteran" read as names before)',
  ],
  [
    PRICE_INDEX,
    ['price index', 'intelligence unit', 'intelligence unit survey'],
    'an occupation inside a sentence, capitalized, is no title cut from the name after it',
  ],
  [ROSTER, ['dempsey', 'maggs', 'hickie', 'sheahan', 'horan', 'easterby', 'replacements', 'murphy'], 'the names of a line-up (a roster: names and nothing else) are no candidates'],
  [GIVEN, ['gavin'], 'a given name alone ("get Gavin settled"), after the full name and where the surname stands alone, is never a keyphrase'],
  [SPEAKER, ['timofey'], 'a given name GIVEN_NAMES does not hold is one still where the surname stands beside a reporting verb ("Mozgov said")'],
  [
    'Commons Speaker Michael Martin banned the devices from the chamber. Speaker Michael Martin said MPs had been warned.',
    ['speaker michael martin', 'commons speaker michael martin', 'speaker'],
    '"Speaker" before a name is a title, no part of the name',
  ],
  [STYLED_NAMES, ['nations'], 'a number word in a title-case headline is part of the name the body writes ("Six Nations"), not cut from it (round 11)'],
  [STYLED_WORDS, ['phones', 'cheaper phones unveils'], 'a title-case headline\'s capitals alone make no names (round 11)'],
  [STOPWORD_NAMES, ['blacks', 'theresa'], 'a name is not cut at a stop word that opens or ends it (round 11)'],
  [STOPWORD_VERBS, ['dior will replace galliano', 'lily will', 'will replace galliano'], 'a capitalized modal after a name is no part of it (round 11)'],
  [OF_NAME_NOUN, ['bank', 'england governor', 'fame star', 'hollywood walk'], 'no fragment of a name joined by "of" before a common noun (round 11)'],
  [OPENING_ADJECTIVE_SURNAME, ['injured nadal'], 'an opening adjective is no part of the surname after it (review of round 11: "Injured Nadal", "Disappointed Scott" in a BBC list)'],
  [OPENING_ADJECTIVE_NAME, ['dead'], 'no fragment of a name whose first word is an adjective'],
  [TITLE_MAY, ['mrs may', 'may faces', 'may will'], 'a title is no part of the surname after it, and a modal is none of it'],
  [OF_NAME_TAIL, ['department for education spokesman', 'department for education budget', 'church of england synod', 'department', 'education spokesman'], 'no name glued to the common noun after it, and no fragment of it (review of round 11)'],
  [OF_NAME_NOUN, ['bank of england governor', 'hollywood walk of fame star'], 'no name glued to the common noun after it (review of round 11)'],
  [OF_OPENING_TWO_WORDS, ['state administration', 'taxation officials'], 'no fragment of a name joined by "of" (review of round 11)'],
  [FOR_OPENING_HOPE, ['hope for rose bay'], 'a common word opening a sentence before "for" joins no name, though the text capitalizes it in a person\'s name (review of round 11)'],
  [OPENING_STOPWORD_NAMES, ['saints'], 'no fragment of a name opened by "All" at a sentence start (review of round 11)'],
  [OPENING_WILL, ['jordan', 'will labour', 'all britons'], 'no fragment of "Will Jordan"; a question\'s "Will" and a statement\'s "All" open no name (review of round 11)'],
  [OF_NAME_OPENING, ['bank', 'england governor'], 'no fragment of a name joined by "of" that opens the sentence (review of round 11)'],
  [OF_PERSON, ['joe mount of metronomy dresses', 'joe mount of metronomy'], 'a person\'s name is not joined by "of" to a firm and the word after it (review of round 11)'],
  [OF_OPENING_TERM, ['design of pid-type controllers'], 'an opening common word before "of" stays out of the name (round 11)'],
  [AWARD_TITLES, ['oscar-winner andrea arnold', 'prize-winner david mamet', 'pulitzer prize-winner david mamet', 'oscar-winner'], 'an award title is no part of the name after it (round 11)'],
  [HEADLINE_ADJECTIVE, ['dogged federer', 'union'], 'an opening adjective describes the name after it: "Dogged Federer" (round 11)'],
  [GIVEN_FIRST, ['steven'], 'a given name of GIVEN_NAMES alone stands for the full name also when quotations use it before the text names the person in full (round 11: "Steven" led a BBC list)'],
  [SUFFIX_NAMES, ['hosts', 'italy hosts'], 'a name opening a sentence is no adverb that leaves its verb to be read as a noun (round 11)'],
  [PARTICLES, ['de', 'stade de', 'rio de', 'janeiro', 'niro', 'vabres', 'robert de', 'renaud donnedieu de'], 'no name cut at its particle, and no particle alone (round 12)'],
  [TIME_ZONES, ['gmt'], 'a time zone is a time word, never a keyphrase (round 12: "GMT" in 13 of 2,225 BBC lists)'],
  [OPENING_PARTICIPLES, ['fuming robinson', 'unseeded nicolas almagro', 'act protests', 'act'], 'no participle glued to the name it describes (round 12: "Fuming Robinson", "Mixed Christmas", "Unseeded Nicolas Almagro" in BBC lists)'],
  [MORE_TITLES, ['new york state comptroller alan hevesi', 'comptroller alan hevesi', 'virgin radio dj pete mitchell', 'msp karen whitefield', 'orange victims'], 'no title glued to a name (round 12: "New York State Comptroller Alan Hevesi", "MSP Karen Whitefield" in BBC lists)'],
  [GENERIC_COMPOUNDS, ['newly-crowned australian open champion', 'much-anticipated sci-fi horror', 'third-biggest software firm', 'second-largest brewer'], 'no hyphenated generic modifier opens a phrase (round 12: "third-largest milk producer", "Newly-crowned Australian Open champion" in BBC lists)'],
  [DJ_NAME, ['shadow', 'dj pete mitchell', 'radio 1 dj pete mitchell'], 'no stage name cut from its "DJ", no title glued to a name (round 12)'],
  [REED, ['elsevier shares'], 'no firm\'s name cut at a short word in "-ed" (review of round 12)'],
  [FORMER, ['former england footballer', 'former labour minister', 'labour', 'york style'], 'no "Former" glued to a phrase, no name cut from "New" (round 12: "Former England footballer", "Former Cabinet minister" in BBC lists)'],
  [ZONE_NAMES, ['games', 'aerospace', 'aerospace systems'], 'no name cut from a time zone\'s capitals (review of round 12)'],
  [ZONE_TIMES, ['gmt', 'est', 'bst'], 'a time zone after a time of day ("0900 GMT", "9:30 a.m. EST", "midnight BST", "10am EST") is a time word (review of round 12)'],
  [STAGE_NAMES, ['khaled', 'carter', 'run', 'airport', 'dj pete mitchell', 'reverend jesse jackson'], 'no stage name cut from its title, no title glued to a full name (review of round 12)'],
  [TEST_MATCHES, ['win', 'defeat', 'second-largest bank'], 'no phrase cut from an ordinal before a noun in "-est", and a rank before a superlative still dropped (review of round 12)'],
  [RECENT_TITLES, ['arrivals', 'trends', 'former rep', 'former cabinet minister'], 'no title cut from "Recent", no "Former" glued to a title of a person (review of round 12: "Former Rep" in a KPCrowd train list while mending)'],
  [STAGE_NAMES_TWO, ['jazzy jeff', 'cody banks', 'capital radio dj margherita taylor', 'dj margherita taylor'], 'no stage name cut from its title, no title glued to a radio DJ\'s name (review of round 12)'],
  [LEGAL_FORMS, ['halvorsen marine corp', 'kestrel boatworks inc', 'corp', 'inc'], 'no firm twice, with and without its legal form (round 13)'],
  [MIDDLE_INITIAL, ['harold t. brennan'], 'no person twice, with and without a middle initial (round 13)'],
  [
    'Donald J. Trump accepted the Republican nomination on Thursday. Donald Trump said the country was in crisis, and Mr. Trump promised to restore order. Delegates cheered as Donald Trump spoke for more than an hour. Trump thanked his family, and Donald J. Trump left the stage with his wife.',
    ['donald j. trump'],
    'a name with and without its middle initial is one phrase, shown without it (a backlog row since round 11, KPTimes ny0282969; round 5 had merged them under the form with the initial; mended in round 13)',
  ],
  [WIRE_PLACES, ['calif', 'conn', 'inc', 'pacific sensor inc', 'orvex inc'], 'a state\'s abbreviation after a town, or a legal form, is never a keyphrase alone (round 13: "Calif", "Conn", "Inc", "Corp" in 25 TimeBank and AQUAINT lists)'],
  [
    'The European Union pledged 20 million dlrs to rebuild the hospital in Nairobi, officials said. The hospital was damaged in the bombing, and a further 5 million dlrs will go to the victims. EU officials said the money would reach the hospital within a month.',
    ['dlrs'],
    'wire copy\'s "dlrs" is a currency unit of amounts (round 13: in 3 AP lists)',
  ],
  [CURRENCY_UNITS, ['cents', 'dollars', 'pence', 'share'], 'a plural currency unit is a quantity, never a keyphrase, as "percent" (round 13: "cents" in 25 TimeBank lists), and "a share" after an amount is its unit ("share" in 51 of the 266 TimeBank and AQUAINT lists)'],
  [OFFICE_TITLES, ['state madeleine albright', 'staff john sununu', 'foreign affairs ali alatas'], 'no office glued to a name (round 13: "State Madeleine Albright" in 3 TimeBank and AQUAINT lists)'],
  [
    'Cuba has outlasted nine American presidents, and the rest of the world has watched. The Pope will visit Havana next week, and Cuban officials say the rest of the trip is ready. Exiles in Miami say the rest is up to Washington. The Pope will meet Fidel Castro.',
    ['rest'],
    '"the rest" is a vague noun as "part" is, never a keyphrase (round 13: in an ABC transcript\'s list and 2 BBC lists)',
  ],
  [POSTPOSITIVE, ['convertible subordinated debentures due', 'sales overseas', 'doubters wrong'], 'an adjective that the lexicon also knows as a noun, after a plural noun, is no head (round 13: "convertible subordinated debentures due" in 3 TimeBank lists, "soaring sales overseas" in 2 BBC lists)'],
  [ESCAPED_AMPERSAND, ['pell', 'mercer', 'loan association', 'harbor federal savings', 'mercer co'], 'no firm\'s name cut at an escaped ampersand (round 13)'],
  [PEOPLES_POSSESSIVE, ['international women', 'day', 'bank of china'], 'no name cut at a people\'s possessive inside it (round 13)'],
  [MORE_PARTICLES, ['salaam', 'dar es', 'talal', 'es', 'bin'], 'no name cut at "es" or "bin", no particle alone (round 13)'],
  [WIRE_WEEKDAYS, ['international court of justice tuesday', 'tony blair wednesday', 'tuesday', 'wednesday', 'black'], 'no weekday glued to a name, nor alone, and no name cut from its day (round 13)'],
  [WHILST, ['whilst', 'dinamo bucharest whilst', 'romanian side dinamo bucharest whilst', 'whilst image noise'], 'a conjunction is never in a phrase (round 11: "whilst" was missing from the shared stop words, src/text/data/stopwords.ts)'],
  [CURRENCY_PHRASES, ["canadian cents", "cents", "dlrs", "million dlrs", "zimbabwe", "advertising", "coins"], "a currency unit after an amount is a quantity with the words between (\"52 Canadian cents\"), and no phrase is cut from its unit (review of round 13)"],
  [REST_TERMS, ["rest", "bed", "area"], "\"the rest\" alone is vague, never a keyphrase, and no term is cut from its \"rest\" (review of round 13)"],
  [PLURAL_MODIFIERS, ["operations", "emissions", "sales"], "no phrase cut to the plural noun that modifies its head (review of round 13)"],
  [WEEKDAY_NAMES, ["sheffield", "cyber", "easter", "wednesday", "monday"], "no name cut from its weekday, and no weekday alone (review of round 13)"],
  [AMPLIFIERS, ["marshall amp hendrix", "vox amp lennon"], "a bare \"amp\" joins no name where the text writes it as a word elsewhere (\"amps\", \"amp is\"; review of round 13: \"Marshall amp Hendrix\", \"Vox amp Lennon\", \"Fender amp Jones\" in 3 of 12 review texts)"],
];

/**
 * Texts whose every keyphrase's shown form must be the text of one of its
 * occurrences (the contract: `text` is the phrase as written, and
 * `occurrences` every place it occurs). Fuzzed texts of repeated same-stem
 * words with people's possessives: a place overlapping the one before was
 * skipped, and it was the candidate whose form is shown (review of round 13).
 */
export const SHOWN_FORMS: [string, string][] = [
  [". women Women Women's Women's share Man's Savings Man's Bank Man's bank amp Men the People's people", 'shown "Women Women\'s Women", listed only "women Women Women"'],
  ["women International International Court Court cents 52 Women World Day James . Cup , Man's day children Children's Bank 52 Loan bin Court the Laden Cup women Women's Women's . Court Man's", 'shown "Women\'s Women", listed only "women Women"'],
  ["Women &amp; bank Men's People's people share C. People's Kopp Savings children Corp Women's Laden Court man Corp Man's men's Savings people People's People's women's Loan women Corp Corp Day of", 'shown "People\'s People", listed only "people People"'],
  ["People People's men Cup men's Day Women's Hospital International women Cup men Men Men's Men day Men's Women People's men's", 'shown "Men Men\'s Men", listed only "men Men Men" (the colleague\'s fuzz shape)'],
  ['weeknext weeknext weeknext weEKNEXT SAYS', 'shown "weeknext weeknext weEKNEXT", listed only "weeknext weeknext weeknext": both places candidates, the second overlapping the first (`npm run eval fuzz`, seed 1, minimized)'],
];
