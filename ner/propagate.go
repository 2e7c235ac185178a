package ner

// docState holds a document's tags and what the consistency pass needs of
// its tokens.
type docState struct {
	tags  []int
	stem  []uint64
	flags []uint8
	keys  map[uint64]int // stem-sequence hash of a mention → 1 + type
}

const maxPropagate = 4 // longest mention the consistency pass copies

func (d *docState) reset(n int) {
	d.tags = grow(d.tags, n)
	d.stem = grow(d.stem, n)
	d.flags = grow(d.flags, n)
	clear(d.tags)
	if d.keys == nil {
		d.keys = map[uint64]int{}
	}
	clear(d.keys)
}

// propagate tags again, with the same type, capitalised token sequences
// that the tagger recognised elsewhere in the document (up to inflection)
// but missed here: a name is usually spelt out once and then repeated
// ("Тереза Мэй" … "Мэй"). Each capitalised token of a PER mention also
// counts as a one-token key, so surnames and first names used alone are
// found.
func (d *docState) propagate() {
	n := len(d.tags)
	for i := 0; i < n; {
		if d.tags[i] == 0 {
			i++
			continue
		}
		typ, pos := (d.tags[i]-1)/4, (d.tags[i]-1)%4
		j := i + 1
		if pos == 0 {
			for j < n && d.tags[j] != 0 && (d.tags[j]-1)%4 != 0 && (d.tags[j]-1)%4 != 3 {
				j++
				if (d.tags[j-1]-1)%4 == 2 {
					break
				}
			}
		}
		if j-i <= maxPropagate {
			h := uint64(gazSeed)
			for k := i; k < j; k++ {
				h = pair(h, d.stem[k])
			}
			d.keys[h] = 1 + typ
		}
		if typeNames[typ] == "PER" && j-i > 1 {
			for k := i; k < j; k++ {
				if d.flags[k]&flagCap != 0 {
					h := pair(gazSeed, d.stem[k])
					if _, ok := d.keys[h]; !ok {
						d.keys[h] = 1 + typ
					}
				}
			}
		}
		i = j
	}
	if len(d.keys) == 0 {
		return
	}
	for i := 0; i < n; i++ {
		if d.tags[i] != 0 || d.flags[i]&flagCap == 0 {
			continue
		}
		var hs [maxPropagate]uint64
		h := uint64(gazSeed)
		l := 0
		for l < maxPropagate && i+l < n && d.tags[i+l] == 0 {
			h = pair(h, d.stem[i+l])
			hs[l] = h
			l++
		}
		for ; l > 0; l-- {
			t, ok := d.keys[hs[l-1]]
			if !ok {
				continue
			}
			t--
			if l == 1 {
				d.tags[i] = 1 + 4*t + 3
			} else {
				d.tags[i] = 1 + 4*t
				for k := i + 1; k < i+l-1; k++ {
					d.tags[k] = 1 + 4*t + 1
				}
				d.tags[i+l-1] = 1 + 4*t + 2
			}
			i += l - 1
			break
		}
	}
}
