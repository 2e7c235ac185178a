package evalrun

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/pipeline"
)

// Run is a scored NER run: the report, the raw documents in key order and
// the system's answer for each, keyed like the gold.
type Run struct {
	Report eval.NERReport
	Raw    []eval.RawDoc
	Gold   map[string]eval.Doc
	System map[string]eval.Doc
}

// ReadGold reads several BSNLP-layout trees as one; a document key found in
// two trees is an error.
func ReadGold(dirs []string) ([]eval.RawDoc, map[string]eval.Doc, error) {
	var raw []eval.RawDoc
	gold := map[string]eval.Doc{}
	for _, dir := range dirs {
		r, g, err := eval.ReadBSNLPGold(dir)
		if err != nil {
			return nil, nil, err
		}
		for k, d := range g {
			if _, dup := gold[k]; dup {
				return nil, nil, litopys.Errorf(litopys.EINVALID, "read gold: document %s in two trees", k)
			}
			gold[k] = d
		}
		raw = append(raw, r...)
	}
	slices.SortFunc(raw, func(a, b eval.RawDoc) int {
		if a.Key() < b.Key() {
			return -1
		}
		if a.Key() > b.Key() {
			return 1
		}
		return 0
	})
	return raw, gold, nil
}

// NERDirs analyses every document of the directories with p and scores it:
// BSNLP trees, and directories of plain annotated texts (IsPlainGold, read
// by NERPlain with the language lang, "" to detect it).
func NERDirs(ctx context.Context, p *pipeline.Pipeline, dirs []string, lang string) (Run, error) {
	var trees []string
	run := Run{Gold: map[string]eval.Doc{}, System: map[string]eval.Doc{}}
	for _, d := range dirs {
		if !IsPlainGold(d) {
			trees = append(trees, d)
			continue
		}
		r, err := NERPlain(ctx, p, d, lang)
		if err != nil {
			return Run{}, err
		}
		run.add(r)
	}
	if len(trees) > 0 {
		raw, gold, err := ReadGold(trees)
		if err != nil {
			return Run{}, err
		}
		sys, err := systemDocs(ctx, p, raw)
		if err != nil {
			return Run{}, err
		}
		run.add(Run{Raw: raw, Gold: gold, System: sys})
	}
	run.Report = eval.ScoreNER(run.Gold, run.System)
	return run, nil
}

// add merges the documents of o into r.
func (r *Run) add(o Run) {
	r.Raw = append(r.Raw, o.Raw...)
	for k, d := range o.Gold {
		r.Gold[k] = d
	}
	for k, d := range o.System {
		r.System[k] = d
	}
}

func systemDocs(ctx context.Context, p *pipeline.Pipeline, raw []eval.RawDoc) (map[string]eval.Doc, error) {
	docs, err := AnalyzeRaw(ctx, p, raw, false)
	if err != nil {
		return nil, err
	}
	Resolve(p, docs)
	sys := make(map[string]eval.Doc, len(docs))
	for i, d := range docs {
		sys[raw[i].Key()] = SystemDoc(raw[i], d)
	}
	return sys, nil
}

// LOTOOptions configure a leave-one-topic-out evaluation.
type LOTOOptions struct {
	// DataDir is the training data (../shared/data): ner.TrainTagger and
	// gazetteer.FromData build the held-out models from it.
	DataDir string
	// Topics are the topics to score; empty means every topic of the gold.
	Topics []string
	// Cache, when set, is a directory where each held-out model is kept
	// under a name made from the running executable's hash, the data
	// directory and the topic, so a rebuilt binary trains anew and an
	// unchanged one reuses its models.
	Cache string
	// ModelsOf, when set, names the executable whose hash keys the cache
	// instead of the running one's: the caller asserts that the tagger's
	// code and training data are the same in both builds (only code after
	// the tagger, e.g. linking, changed), so the held-out models that
	// build trained are reused. A missing model is still trained.
	ModelsOf string
	// Log, when set, reports progress.
	Log func(format string, args ...any)
	// NoSilver and No2017 train without the silver wiki corpora or the
	// BSNLP 2017 topics (ablations; see ner.TrainOptions).
	NoSilver, No2017 bool
	// Beam trains and decodes with the beam search (ner.TrainOptions.Beam).
	Beam bool
}

// LOTO scores every topic of the gold trees with a pipeline whose NER model
// and gazetteer were built without that topic (and the shipped models of
// every other stage), then scores all the answers together: per-topic
// figures are out of sample and the pooled ones are a mean of
// out-of-sample folds.
func LOTO(ctx context.Context, dirs []string, o LOTOOptions) (Run, error) {
	raw, gold, err := ReadGold(dirs)
	if err != nil {
		return Run{}, err
	}
	byTopic := map[string][]eval.RawDoc{}
	for _, r := range raw {
		byTopic[r.Topic] = append(byTopic[r.Topic], r)
	}
	topics := o.Topics
	if len(topics) == 0 {
		for t := range byTopic {
			topics = append(topics, t)
		}
		slices.Sort(topics)
	}
	m, err := morph.Load()
	if err != nil {
		return Run{}, err
	}
	logf := o.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	run := Run{Gold: map[string]eval.Doc{}, System: map[string]eval.Doc{}}
	for _, topic := range topics {
		docs := byTopic[topic]
		if len(docs) == 0 {
			return Run{}, litopys.Errorf(litopys.EINVALID, "loto: no documents of topic %q in the gold", topic)
		}
		start := time.Now()
		tg, err := heldOutTagger(o, topic, m)
		if err != nil {
			return Run{}, err
		}
		gz, err := gazetteer.FromData(o.DataDir, gazetteer.BuildOptions{ExcludeTopics: []string{topic}})
		if err != nil {
			return Run{}, fmt.Errorf("loto %s: %w", topic, err)
		}
		p, err := pipeline.New(pipeline.Options{NER: tg, Gazetteer: gz})
		if err != nil {
			return Run{}, err
		}
		sys, err := systemDocs(ctx, p, docs)
		if err != nil {
			return Run{}, err
		}
		for _, r := range docs {
			run.Gold[r.Key()] = gold[r.Key()]
			run.System[r.Key()] = sys[r.Key()]
		}
		run.Raw = append(run.Raw, docs...)
		logf("loto: %s: %d documents scored by a model trained without them (%s)", topic, len(docs), time.Since(start).Round(time.Second))
	}
	run.Report = eval.ScoreNER(run.Gold, run.System)
	return run, nil
}

// heldOutTagger returns a tagger trained without topic, from the cache
// when it has one.
func heldOutTagger(o LOTOOptions, topic string, m *morph.Analyzer) (*ner.Tagger, error) {
	var path string
	if o.Cache != "" {
		key, err := cacheKey(o.ModelsOf, o.DataDir, fmt.Sprintf("%s/%v/%v/%v", topic, o.NoSilver, o.No2017, o.Beam))
		if err != nil {
			return nil, err
		}
		path = filepath.Join(o.Cache, "ner-"+key+"-"+topic+".bin.gz")
		if b, err := os.ReadFile(path); err == nil {
			if tg, err := ner.Read(b); err == nil {
				return tg, nil
			}
		}
	}
	to := pipeline.NERTrainOptions(m, o.DataDir, "")
	to.HoldOut, to.NoSilver, to.No2017, to.Beam = []string{topic}, o.NoSilver, o.No2017, o.Beam
	tg, err := ner.TrainTagger(to)
	if err != nil {
		return nil, fmt.Errorf("loto %s: %w", topic, err)
	}
	if path == "" {
		return tg, nil
	}
	var buf bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Cache, 0o755); err != nil {
		return nil, fmt.Errorf("loto: cache: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("loto: cache: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("loto: cache: %w", err)
	}
	return tg, nil
}

// cacheKey identifies a held-out model: the executable (its code and
// embedded data; the running one unless exe is given), the training data
// directory and what was held out.
func cacheKey(exe, dataDir, fold string) (string, error) {
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return "", fmt.Errorf("loto: cache key: %w", err)
		}
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("loto: cache key: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("loto: cache key: %w", err)
	}
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return "", fmt.Errorf("loto: cache key: %w", err)
	}
	fmt.Fprintf(h, "\x00%s\x00%s", abs, fold)
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// WriteResponses writes the system's answers as BSNLP response files,
// dir/<topic>/<lang>/<name>.out where name is the raw file's name, so
// that the official evaluator can score them. In a MISC topic (BSNLP
// 2017) events and products are written as MISC.
func WriteResponses(dir string, run Run) error {
	misc := eval.MiscTopics(run.Gold)
	for _, r := range run.Raw {
		d, ok := run.System[r.Key()]
		if !ok {
			continue
		}
		// One line per distinct form and type, as the gold lists them.
		seen := map[[2]string]bool{}
		var ms []eval.Mention
		for _, m := range d.Mentions {
			if misc[r.Topic] && (m.Type == litopys.EVT || m.Type == litopys.PRO) {
				m.Type = "MISC"
			}
			k := [2]string{strings.ToLower(strings.Join(strings.Fields(m.Form), " ")), m.Type}
			if !seen[k] {
				seen[k] = true
				ms = append(ms, m)
			}
		}
		d.Mentions = ms
		name := r.ID
		if r.Path != "" {
			name = filepath.Base(r.Path)
			name = name[:len(name)-len(filepath.Ext(name))]
		}
		sub := filepath.Join(dir, r.Topic, r.Lang)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return fmt.Errorf("write responses: %w", err)
		}
		f, err := os.Create(filepath.Join(sub, name+".out"))
		if err != nil {
			return fmt.Errorf("write responses: %w", err)
		}
		if err := eval.WriteBSNLPResponse(f, d); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write responses: %w", err)
		}
	}
	return nil
}
