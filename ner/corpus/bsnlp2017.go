package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// BSNLP2017 reads the BSNLP 2017 topics under dir
// (<topic>/raw/<lang>/*.txt with <topic>/annotated/<lang>/*.txt, paired by
// the document id on their first line). These annotations list each
// distinct mention form of a document, lower-cased, without offsets: every
// occurrence of a listed form in the text (ignoring case, at word
// boundaries) becomes a mention, the longer form winning an overlap. MISC
// stands for EVT or PRO there; miscType decides which.
func BSNLP2017(dir string) ([]Doc, error) {
	topics, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: bsnlp2017: %w", err)
	}
	var docs []Doc
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		raws, err := filepath.Glob(filepath.Join(dir, t.Name(), "raw", "*", "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("corpus: bsnlp2017: %w", err)
		}
		anns, err := filepath.Glob(filepath.Join(dir, t.Name(), "annotated", "*", "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("corpus: bsnlp2017: %w", err)
		}
		byID := map[string]string{} // lang/id → annotation text
		for _, a := range anns {
			b, err := os.ReadFile(a)
			if err != nil {
				return nil, fmt.Errorf("corpus: bsnlp2017: %w", err)
			}
			text := strings.TrimPrefix(string(b), "\ufeff")
			id, _, _ := strings.Cut(text, "\n")
			byID[filepath.Base(filepath.Dir(a))+"/"+strings.TrimSpace(id)] = text
		}
		sort.Strings(raws)
		for _, r := range raws {
			b, err := os.ReadFile(r)
			if err != nil {
				return nil, fmt.Errorf("corpus: bsnlp2017: %w", err)
			}
			lang := filepath.Base(filepath.Dir(r))
			id, _, _ := strings.Cut(string(b), "\n")
			id = strings.TrimSpace(strings.TrimPrefix(id, "\ufeff"))
			ann, ok := byID[lang+"/"+id]
			if !ok {
				continue
			}
			text := BSNLPText(string(b))
			docs = append(docs, Doc{ID: id, Source: "bsnlp", Topic: t.Name(), Lang: lang, Text: text,
				Mentions: resolve(locateForms(text, ann))})
		}
	}
	return docs, nil
}

// locateForms finds every occurrence of the annotation's forms in text.
func locateForms(text, ann string) []Mention {
	lower := foldCase(text)
	var ms []Mention
	lines := strings.Split(ann, "\n")
	for _, line := range lines[1:] {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 3 {
			continue
		}
		form := foldCase(strings.Trim(strings.TrimSpace(f[0]), `"«»“”„`))
		typ := f[2]
		if typ == "MISC" {
			typ = miscType(f[1])
		}
		if form == "" || !known(typ) {
			continue
		}
		var found []Mention
		capital := false
		for i := 0; i < len(lower); {
			j := strings.Index(lower[i:], form)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(form)
			if boundary(lower, s, false) && boundary(lower, e, true) {
				found = append(found, Mention{Start: s, End: e, Type: typ})
				capital = capital || startsUpper(text[s:e])
			}
			i = s + 1
		}
		// A form also written with a capital is a name only there: "Рада"
		// is the parliament, "рада" in the same text is "glad".
		for _, m := range found {
			if !capital || startsUpper(text[m.Start:m.End]) {
				ms = append(ms, m)
			}
		}
	}
	return ms
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || !unicode.IsLetter(r)
}

// foldCase lower-cases s rune by rune, keeping every rune's byte length so
// that offsets into the result are offsets into s.
func foldCase(s string) string {
	return strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, s)
}

// boundary reports whether byte offset i of s is not inside a word.
func boundary(s string, i int, forward bool) bool {
	var r rune
	if forward {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	} else {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// eventWords are stems that make a BSNLP 2017 MISC mention an event
// (elections, summits, wars, conferences, referendums, crises …); every
// other MISC mention — treaties, laws, programmes, pipelines, systems,
// media — is taken for a product, the larger class.
var eventWords = []string{
	"выбор", "вибор", "саммит", "саміт", "войн", "війн", "конференц", "форум", "референдум", "олимпи", "олімпі",
	"чемпионат", "чемпіонат", "кризис", "криз", "революц", "переговор", "конфликт", "конфлікт", "операци", "операці",
	"теракт", "атак", "нападени", "напад", "инаугурац", "інавгурац", "заседани", "засідан", "встреч", "зустріч",
	"рождеств", "різдв", "фестивал", "конкурс", "евровидени", "євробачен", "игры", "ігри", "брексит", "брекзит", "brexit",
	"майдан", "катастроф", "эпидеми", "епідемі", "пандеми", "пандемі", "протест", "забастовк", "страйк", "визит", "візит",
}

// miscType maps a BSNLP 2017 MISC base form to EVT or PRO.
func miscType(base string) string {
	b := strings.ToLower(base)
	for _, w := range eventWords {
		if strings.Contains(b, w) {
			return "EVT"
		}
	}
	return "PRO"
}
