package morph

import (
	"strings"
	"sync/atomic"
)

// verbMemoSize is the number of slots of a context model's memo of
// participle verbs (a power of two).
const verbMemoSize = 1 << 13

// verbMemo memoises verbOfAdj by adjective lemma: every form of a
// participle (захваченные, захваченного, захваченным …) asks for the verb
// of one adjective lemma (захваченный), and each answer costs a dozen
// dictionary and rule look-ups. Direct-mapped and lock-free like the
// hot-word cache: slots hold immutable entries behind atomic pointers.
type verbMemo struct {
	slots [verbMemoSize]atomic.Pointer[verbEntry]
}

type verbEntry struct {
	lx        *lexicon // the dictionary the answer was made with
	adj, verb string
	ok        bool
}

// adjVerb is verbOfAdj through the model's memo.
func (m *ctxModel) adjVerb(lx *lexicon, a string) (string, bool) {
	if m.verbs == nil {
		return m.verbOfAdj(lx, a)
	}
	slot := &m.verbs.slots[hashString(a)&(verbMemoSize-1)]
	if e := slot.Load(); e != nil && e.lx == lx && e.adj == a {
		return e.verb, e.ok
	}
	v, ok := m.verbOfAdj(lx, a)
	slot.Store(&verbEntry{lx: lx, adj: strings.Clone(a), verb: v, ok: ok})
	return v, ok
}
