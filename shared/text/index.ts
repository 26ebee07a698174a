/**
 * The one module that writes Swedish for documents, slides and the Att göra list: agreement,
 * numbers in words, "x av y" with the avbrutna, lists, names of nämnder mid-sentence and dates.
 * Generators build their sentences from these; none pluralises or joins lists on its own.
 */
export { NOUNS, PARTICIPLES, type Gender, type Noun, type Participle } from './words';
export { formatNumber, numberInText, percentText } from './numbers';
export { agree, count, countAtStart, nounFor, pronounFor } from './agreement';
export { everyOne, shareSentence, type ShareOf } from './share';
export { joinList, needsBullets, sentenceWithList } from './lists';
export { bodyAtStart, bodyInText, genitive, nameInText } from './names';
export { dateInText, placeAndDate } from './dates';
export { capitalise, sentence, sentencesOf, startsWithDigit } from './sentence';
export { namedItems } from './namedItems';
