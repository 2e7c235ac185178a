package langid

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var retrain = flag.Bool("retrain", false, "rebuild model.bin from the shared data")

// dataDir returns the shared data directory: $LITOPYS_DATA, else
// ../../shared/data beside the repository. Tests that need it skip
// without it.
func dataDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("LITOPYS_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "news")); err != nil {
		tb.Skipf("no shared data at %s (set LITOPYS_DATA)", dir)
	}
	return dir
}

// fortuneDir returns the Debian fortunes directory: $LITOPYS_FORTUNES,
// else /usr/share/games/fortunes. Tests that train skip without it.
func fortuneDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("LITOPYS_FORTUNES")
	if dir == "" {
		dir = "/usr/share/games/fortunes"
	}
	for _, lang := range fortuneLangs {
		if _, err := os.Stat(filepath.Join(dir, lang)); err != nil {
			if os.Getenv("CI") == "true" {
				tb.Fatalf("no fortunes at %s in CI: .ci/run installs them", dir)
			}
			tb.Skipf("no fortunes at %s (apt-get install fortunes-cs fortunes-de fortunes-es fortunes-it fortunes-pl, or set LITOPYS_FORTUNES)", dir)
		}
	}
	return dir
}

// TestRetrain rebuilds the embedded model: go test ./langid -run TestRetrain -retrain
func TestRetrain(t *testing.T) {
	if !*retrain {
		t.Skip("run with -retrain to rebuild model.bin")
	}
	if err := Train(dataDir(t), fortuneDir(t), "model.bin"); err != nil {
		t.Fatal(err)
	}
}

// TestEmbeddedModelIsReproducible trains on the shared data and wants the
// embedded bytes.
func TestEmbeddedModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model: about 10 s")
	}
	out := filepath.Join(t.TempDir(), "model.bin")
	if err := Train(dataDir(t), fortuneDir(t), out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, embedded) {
		t.Error("Train gives a model other than the embedded one: run go test -run TestRetrain -retrain")
	}
}

// writeTinyData writes a data directory with every file Train reads, a
// few sentences each.
func writeTinyData(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	write := func(name string, b []byte) {
		tb.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	ru := []string{
		"Государственный секретарь провел переговоры. Это было в четверг. Стороны обсудили сотрудничество.",
		"Россия рассчитывает на конструктивное воздействие. Об этом сообщает агентство. The New York Times reported on the talks.",
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i, text := range ru {
		line, _ := json.Marshal(map[string]string{"title": "Новости", "content": text, "url": "https://example.org/news/" + []string{"rossiya-i-ssha", "peregovory-v-seule"}[i]})
		zw.Write(append(line, '\n'))
	}
	zw.Close()
	write("news/ru_rt_ng.jsonl.gz", gz.Bytes())
	c5, _ := json.Marshal(map[string]string{"id": "1", "text": "Москва, 4 августа. Российские военные провели учения."})
	write("collection5/ne5_gold.jsonl", append(c5, '\n'))
	write("news/uk_news_nov2024.csv", []byte("title,date,text,url\n\"Новини\",2024,\"Держсекретар провів переговори. Сторони обговорили співпрацю.\",https://example.org/vin-provid-perehovory\n"))
	write("news/bruk_press_uk/data/good/A_Chas_Khochete_znaty_anhliysku_2016.txt", []byte("Україна отримала допомогу від партнерів. Це відбулося в п'ятницю."))
	write("ner-uk/v2.0/data/bruk/a.txt", []byte("Київ і Львів звернулися до уряду ."))
	conll := func(sentences ...string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		for _, s := range sentences {
			for i, tok := range strings.Fields(s) {
				fmt.Fprintf(zw, "%d\t%s\tO\n", i, tok)
			}
			zw.Write([]byte("\n"))
		}
		zw.Close()
		return b.Bytes()
	}
	write("wikiann/en/train.conllu.gz", conll("Putin met Kim Jong Un in Vladivostok .", "The talks were held on Monday ."))
	write("wikineural/en/val.conllu.gz", conll("Zelensky arrived in Washington for talks with the president ."))
	for lang, text := range map[string]string{
		"cs": "Vláda to oznámila ve čtvrtek.\n%\nJe to pro nás velmi důležité.\n",
		"de": "Die Regierung hat das am Donnerstag mitgeteilt.\n%\nDas ist für uns sehr wichtig.\n",
		"es": "El gobierno lo anunció el jueves.\n%\nEs muy importante para nosotros.\n",
		"it": "Il governo lo ha annunciato giovedì.\n%\nÈ molto importante per noi.\n",
		"pl": "Rząd ogłosił to w czwartek.\n%\nTo jest dla nas bardzo ważne.\n",
	} {
		write("fortunes/"+lang+"/quotes", []byte(text))
	}
	write("gazetteers/country-list/en/country.csv", []byte("id,value\nUA,Ukraine\nKP,North Korea\n"))
	write("gazetteers/country-list/ru/country.csv", []byte("id,value\nUA,Украина\nKP,КНДР\n"))
	write("gazetteers/country-list/uk/country.csv", []byte("id,value\nUA,Україна\nKP,КНДР\n"))
	return dir
}

func TestTrainDeterministic(t *testing.T) {
	dir := writeTinyData(t)
	var models [2][]byte
	for i := range models {
		out := filepath.Join(t.TempDir(), "model.bin")
		if err := Train(dir, filepath.Join(dir, "fortunes"), out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = b
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Fatal("two runs of Train on the same data differ")
	}
	m, err := decode(models[0])
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Стороны обсудили переговоры.":   RU,
		"Сторони обговорили переговори.": UK,
		"The talks reported on.":         EN,
	} {
		if got, _ := m.Detect(text); got != want {
			t.Errorf("tiny model: Detect(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestTrainMissingData(t *testing.T) {
	err := Train(t.TempDir(), t.TempDir(), filepath.Join(t.TempDir(), "model.bin"))
	if err == nil || !strings.Contains(err.Error(), "no files") {
		t.Errorf("Train on an empty directory: %v, want a no-files error", err)
	}
}
