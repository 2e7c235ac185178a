package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// A treebank the model never saw, scored whole: "сталь" and "стали" (a
// verb here) must both be right, and the one word whose gold lemma is
// deliberately wrong ("чепухи": неверно) the only miss.
const lemmaTreebank = `# sent_id = t-1
# text = Цены на сталь стали расти.
1	Цены	цена	NOUN	_	_	4	nsubj	_	_
2	на	на	ADP	_	_	3	case	_	_
3	сталь	сталь	NOUN	_	_	1	nmod	_	_
4	стали	стать	VERB	_	_	0	root	_	_
5	расти	расти	VERB	_	_	4	xcomp	_	SpaceAfter=No
6	.	.	PUNCT	_	_	4	punct	_	_

# sent_id = t-2
# text = Всё это чепухи.
1	Всё	весь	DET	_	_	3	det	_	_
2	это	это	PRON	_	_	3	nsubj	_	_
3	чепухи	неверно	NOUN	_	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	_	_	3	punct	_	_
`

func TestEvalLemmasCoNLLU(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ru_test-ud-test.conllu")
	writeFile(t, path, []byte(lemmaTreebank))
	code, out, errs := runCmd(t, "", "eval", "lemmas", "--conllu", path, "--all", "--json", "--misses", "5")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep []lemmaJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(rep) != 1 || rep[0].Corpus != "ru_test" || rep[0].Part != "all" || rep[0].Tokens != 10 {
		t.Fatalf("report %+v", rep)
	}
	if rep[0].Accuracy != 0.9 || rep[0].ByUPOS["VERB"].Accuracy != 1 {
		t.Errorf("accuracy %v, verbs %v; want 0.9 and 1 (misses %+v)", rep[0].Accuracy, rep[0].ByUPOS["VERB"], rep[0].Misses)
	}
	if len(rep[0].Misses) != 1 || rep[0].Misses[0].Gold != "неверно" {
		t.Errorf("misses %+v, want the one wrong gold lemma", rep[0].Misses)
	}
	code, out, _ = runCmd(t, "", "eval", "lemmas", "--conllu", path, "--all")
	if code != 0 || !strings.Contains(out, "ru_test") || !strings.Contains(out, "0.9000") {
		t.Errorf("table (exit %d):\n%s", code, out)
	}
}
