package memo

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestMemo: a memo answers what its function answers, from many
// goroutines, never holds more than its bound however many keys pass
// through it, and answers a key just asked without computing it again.
func TestMemo(t *testing.T) {
	var names []string
	for i := range 5000 {
		names = append(names, fmt.Sprintf("Иванов-%d Петр", i), fmt.Sprintf("Шевченко %c", 'А'+rune(i%32)))
	}
	f := func(s string) string { return strings.ToUpper(s) + "!" }
	const bound = 1000
	c := New[string, string](bound, strings.Clone)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pass := range 3 {
				for i := range names {
					s := names[(i+w*977+pass*31)%len(names)]
					if got, want := c.Get(s, func() string { return f(s) }), f(s); got != want {
						t.Errorf("Get(%q) = %q, want %q", s, got, want)
						return
					}
					if n := c.Len(); n > bound {
						t.Errorf("memo holds %d keys, bound %d", n, bound)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if c.Len() == 0 {
		t.Error("memo holds nothing: it does not remember")
	}
	c.Get("Владимир Путин", func() string { return f("Владимир Путин") })
	computed := false
	c.Get("Владимир Путин", func() string { computed = true; return "" })
	if computed {
		t.Error("a key just asked is computed again")
	}
}

// TestOwnPair: the stored key does not share memory with the text it was
// cut from.
func TestOwnPair(t *testing.T) {
	text := "Москва Київ"
	k := OwnPair([2]string{text[:12], text[13:]})
	if k != [2]string{"Москва", "Київ"} {
		t.Fatalf("OwnPair = %q", k)
	}
	if strings.Contains(text, k[0]) && &[]byte(k[0])[0] == &[]byte(text[:12])[0] {
		t.Error("OwnPair kept the text's memory")
	}
}
