package registry

import (
	"fmt"
	"sync"
	"testing"

	"github.com/litopys/litopys/translit"
)

// TestKeyCache: the registry's cache of match keys answers what
// translit.Key answers, from many goroutines, and never holds more than
// its bound however many names pass through it.
func TestKeyCache(t *testing.T) {
	names := []string{"Владимир Путин", "Володимир Путін", "Vladimir Putin", "Зеленский", "Зеленського",
		"Москва", "Київ", "Kyiv", "НАТО", "Сергей Лавров", "", "Ёлка", "O'Brien"}
	for i := range 5000 {
		names = append(names, fmt.Sprintf("Иванов-%d Петр", i), fmt.Sprintf("Шевченко %c", 'А'+rune(i%32)))
	}
	const bound = 1000
	c := newKeyCache(bound)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pass := range 3 {
				for i := range names {
					s := names[(i+w*977+pass*31)%len(names)]
					if got, want := c.key(s), translit.Key(s); got != want {
						t.Errorf("key(%q) = %q, translit.Key = %q", s, got, want)
						return
					}
					if n := c.len(); n > bound {
						t.Errorf("cache holds %d keys, bound %d", n, bound)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if c.len() == 0 {
		t.Error("cache holds nothing: it does not cache")
	}
	// A name asked again is answered from the cache.
	c.key("Владимир Путин")
	if _, ok := c.m["Владимир Путин"]; !ok {
		t.Error("a name just asked is not cached")
	}
}
