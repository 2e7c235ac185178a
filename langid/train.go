package langid

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// trainConfig holds the knobs of Train; defaultConfig is what the
// embedded model was built with.
type trainConfig struct {
	cyrBits, latBits uint
	epochs           int     // passes of gradient descent
	rate             float64 // its initial learning rate
	window           int     // longest extra example cut from a sentence, in words
	seedRepeat       int     // how many times each function word is an example
	alpha            float64 // > 0: start from naive Bayes with this smoothing
	temperature      float64 // ... its log-ratios divided by this
}

var defaultConfig = trainConfig{cyrBits: 18, latBits: 16, epochs: 2, rate: 0.05, window: 3, seedRepeat: 5, alpha: 0.5, temperature: 4}

// Train builds the model from the shared data directory dataDir and
// writes it to outPath (the package embeds langid/model.bin). It reads:
//
//   - Russian: news/ru_rt_ng.jsonl.gz (every 8th article), collection5;
//   - Ukrainian: news/uk_news_nov2024.csv, news/bruk_press_uk, the bruk
//     part of ner-uk;
//   - English: the sentences of wikiann/en/train and wikineural/en/val;
//   - other Latin-script languages: the Debian fortunes under fortuneDir
//     (fortune.go);
//   - Latin script besides: English and other runs inside the Russian and
//     Ukrainian texts, their URL slugs and file names,
//     gazetteers/country-list/*/country.csv, and the function words of
//     latin.go (see there).
//
// The held-out sources (factRuEval-2016, ner-uk "ng", bsnlp, the test
// splits of wikiann and wikineural, html/readability) are not read.
// The output depends only on the data: same data, same bytes.
func Train(dataDir, fortuneDir, outPath string) error {
	m, err := train(dataDir, fortuneDir, defaultConfig)
	if err != nil {
		return err
	}
	if err := os.WriteFile(outPath, m.encode(), 0o644); err != nil {
		return fmt.Errorf("langid: train: %w", err)
	}
	return nil
}

func train(dataDir, fortuneDir string, cfg trainConfig) (*Model, error) {
	cyr, lat := &examples{bits: cfg.cyrBits}, &examples{bits: cfg.latBits}
	fw := functionWords()
	latin := func(lang string, words []string) {
		lat.addText(lang == EN, strings.Join(words, " "), scriptLatin)
	}
	rng := rand.New(rand.NewPCG(20261123, 2))
	err := walk(dataDir, trainCorpora(), func(d Doc) {
		for _, sp := range splitSentences(d.Text) {
			words := scriptWords(d.Text[sp.Start:sp.End], scriptCyrillic)
			cyr.add(d.Lang == RU, words)
			// A few words cut from the sentence teach the short case:
			// headlines, names, captions.
			if cfg.window > 0 && len(words) > cfg.window {
				n := 1 + rng.IntN(cfg.window)
				at := rng.IntN(len(words) - n + 1)
				cyr.add(d.Lang == RU, words[at:at+n])
			}
		}
		for _, run := range latinRuns(d.Text, 3) {
			if lang := runLanguage(run, fw); lang != "" && len(run) >= 3 {
				latin(lang, run)
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("langid: train: %w", err)
	}
	// English running text, and a few words cut from each sentence, as
	// for Cyrillic: the cuts are mostly names, which the slugs below give
	// to "other" too, so a name alone leans neither way.
	err = walk(dataDir, englishCorpora("train"), func(d Doc) {
		words := scriptWords(d.Text, scriptLatin)
		lat.add(true, words)
		if cfg.window > 0 && len(words) > cfg.window {
			n := 1 + rng.IntN(cfg.window)
			at := rng.IntN(len(words) - n + 1)
			lat.add(true, words[at:at+n])
		}
	})
	if err != nil {
		return nil, fmt.Errorf("langid: train: %w", err)
	}
	// Running text of other Latin-script languages, sentence by
	// sentence; a sentence with more English function words than others
	// (a quoted line, a film title) is left out.
	err = readFortunes(fortuneDir, func(text string) {
		for _, sp := range splitSentences(text) {
			words := scriptWords(text[sp.Start:sp.End], scriptLatin)
			if en, other := functionCounts(strings.Fields(text[sp.Start:sp.End]), fw); len(words) == 0 || en > other {
				continue
			}
			lat.add(false, words)
			if cfg.window > 0 && len(words) > cfg.window {
				n := 1 + rng.IntN(cfg.window)
				at := rng.IntN(len(words) - n + 1)
				lat.add(false, words[at:at+n])
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("langid: train: %w", err)
	}
	slugs, err := trainSlugs(dataDir)
	if err != nil {
		return nil, fmt.Errorf("langid: train: %w", err)
	}
	for _, s := range slugs {
		latin(Other, s)
	}
	for _, lang := range []string{RU, UK, EN} {
		names, err := countryNames(filepath.Join(dataDir, "gazetteers/country-list", lang, "country.csv"))
		if err != nil {
			return nil, fmt.Errorf("langid: train: %w", err)
		}
		for _, name := range names {
			if lang == EN {
				latin(EN, strings.Fields(name))
			} else {
				cyr.addText(lang == RU, name, scriptCyrillic)
			}
		}
	}
	words := make([]string, 0, len(fw))
	for w := range fw {
		words = append(words, w)
	}
	slices.Sort(words)
	for range cfg.seedRepeat {
		for _, w := range words {
			latin(fw[w], []string{w})
		}
	}
	m := &Model{cyrBits: cfg.cyrBits, latBits: cfg.latBits}
	init := func(x *examples) []float64 {
		if cfg.alpha == 0 {
			return make([]float64, 1<<x.bits)
		}
		w := x.bayes(cfg.alpha)
		for i := range w {
			w[i] /= cfg.temperature
		}
		return w
	}
	m.cyr, m.cyrScale = cyr.fit(init(cyr), cfg.epochs, cfg.rate)
	m.lat, m.latScale = lat.fit(init(lat), cfg.epochs, cfg.rate)
	return m, nil
}

// trainSlugs returns the words of the URL slugs of the training news and
// of the BRUK file names: transliterated Russian and Ukrainian.
func trainSlugs(dataDir string) ([][]string, error) {
	var out [][]string
	add := func(s string) {
		if w := slugWords(s); w != nil {
			out = append(out, w)
		}
	}
	err := walk(dataDir, []corpus{
		{glob: "news/ru_rt_ng.jsonl.gz", read: readJSONLines("url")},
		{glob: "news/uk_news_nov2024.csv", read: readCSV("url")},
	}, func(d Doc) { add(d.Text) })
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dataDir, "news/bruk_press_uk/data/*/*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	for _, p := range paths {
		base := filepath.Base(p)
		if i := strings.IndexByte(base, '_'); i >= 0 {
			base = base[i+1:] // the leading genre letter
		}
		add(base)
	}
	return out, nil
}

// countryNames reads the value column of a country-list CSV.
func countryNames(path string) ([]string, error) {
	var names []string
	err := readCSV("value")(path, func(s string) { names = append(names, s) })
	return names, err
}
