/** Korean particles chosen by the word before them (es-hangul's josa): 성북구가, 2.2억 원으로. */
import { josa } from "es-hangul";

/** The word with its subject particle: 이 after a final consonant, 가 after a vowel. */
export const withSubject = (word: string): string => josa(word, "이/가");

/** The word with its particle of direction: 로 after a vowel or ㄹ, 으로 otherwise. */
export const withDirection = (word: string): string => josa(word, "으로/로");
