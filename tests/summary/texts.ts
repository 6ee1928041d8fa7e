// News-like texts written for these tests (not taken from any evaluation set).

/** A headline, a body of nine sentences with a repeated lead, and a photo caption. */
export const FLOODS = `Floods close schools across the valley

Heavy rain flooded dozens of towns in the river valley on Tuesday, forcing 120 schools to close and cutting power to 40,000 homes.

The river rose two metres overnight, the highest level since records began in 1962. Emergency crews evacuated 3,000 residents from low-lying streets near the river. Photo: Rescue boats on Main Street (AP Photo/Jane Doe)

"We have never seen the river rise this fast," said Maria Lopez, the town's mayor. Officials said the schools would stay closed until the flood water drains, which could take a week.

Heavy rain flooded dozens of towns in the river valley on Tuesday, forcing 120 schools to close and cutting power to 40,000 homes.

Power companies said most homes should have electricity again by Friday. Forecasters expect more rain over the weekend, and the flood warnings remain in place.
`;

/** A wire story with a dateline. */
export const WIRE = `ASTANA, June 17 (Reuters) - Leaders of China and five Central Asian countries signed a treaty of good-neighbourliness on Tuesday at a summit in the Kazakh capital.

The treaty commits the six countries to settle border disputes by negotiation. Chinese President Xi Jinping said the agreement opened a new chapter in regional cooperation. The leaders also agreed to expand rail links and trade routes across the region.

Trade between China and Central Asia reached $95 billion last year, up 27 percent from a year earlier. The next summit will be held in China in 2027.
`;

/** Two paragraphs about a football match, with a near-duplicate sentence. */
export const MATCH = `United beat City 2-1 in the derby on Sunday to move top of the league. Marcus Hale scored both goals for United in the second half.

City had taken the lead through a penalty after 20 minutes. United beat City 2-1 in Sunday's derby to go top of the league. The result leaves City three points behind with ten games left. Hale has now scored 18 league goals this season.
`;

/** A short text: two sentences. */
export const SHORT = 'The central bank raised interest rates by half a point on Thursday. Economists had expected a smaller rise.';
