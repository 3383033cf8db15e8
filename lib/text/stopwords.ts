/**
 * English function words, dropped by search (from the index and from queries) and by related
 * ranking. They occur in nearly every story: in a search where every word must match they only
 * slow the query and clutter highlighting, and they say nothing about what two stories share.
 * News boilerplate ("said", "year") is left to related ranking's inverse document frequency.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of ' +
    'off on once only or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves'
  ).split(' '),
);
