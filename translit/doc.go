// Package translit turns Cyrillic names into Latin letters and into match
// keys that let the Russian and the Ukrainian spelling of one name meet.
//
// Latin follows one published standard per language:
//   - "uk": the Ukrainian national system of 2010 (Cabinet of Ministers
//     resolution No. 55 of 27 January 2010): г→h, ґ→g, и→y, і→i, х→kh,
//     ц→ts, ч→ch, ш→sh, щ→shch, ж→zh, зг→zgh; є, ї, й, ю, я are ye, yi, y,
//     yu, ya at the start of a word and ie, i, i, iu, ia elsewhere; the soft
//     sign and the apostrophe are dropped.
//   - "ru": the ICAO Doc 9303 system used in Russian passports since 2013
//     (FMS order No. 320): й→i, ы→y, ъ→ie, ё→e, э→e, ю→iu, я→ia, х→kh,
//     ц→ts, щ→shch; the soft sign is dropped.
//
// Letters of the other language (і in Russian text, ы in Ukrainian) take that
// language's value; any other lang returns s unchanged. Case is kept: a
// capital that becomes several letters is title-cased (Щука → Shchuka) or,
// inside an upper-case word, upper-cased (ЩУКА → SHCHUKA).
//
// Key is language-independent: see key.go for its rules and the pairs each
// rule is there for. Keys compare base forms (nominative); inflected forms
// are the lemmatiser's business. Gendered surnames (Иванов, Иванова) are
// different keys. Latin names are keyed by the same skeleton, so a Latin
// spelling meets a Cyrillic one only when it is a plain letter-for-letter
// transliteration (Blinken = Блинкен, Putin = Путин, Shoigu = Шойгу), not
// for other romanisations (Kim Jong Un ≠ Ким Чен Ын).
//
// MeasureKeys and ReadBSNLP measure keys against the cross-lingual ids of the
// BSNLP annotations; the numbers are pinned in key_eval_test.go.
package translit
