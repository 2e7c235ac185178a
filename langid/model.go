package langid

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"

	"github.com/litopys/litopys"
)

// Languages Tag and Detect return.
const (
	RU    = "ru"
	UK    = "uk"
	EN    = "en"
	Other = "other"
)

//go:embed model.bin
var embedded []byte

// Model is a trained language identifier. It is immutable after Load and
// safe for concurrent use.
type Model struct {
	// cyr holds the weights of Cyrillic words' features: the log-odds of
	// Russian against Ukrainian, times scale, rounded to int8.
	cyr     []int8
	cyrBits uint
	// lat holds the weights of Latin words' features: the log-odds of
	// English against any other Latin-script language.
	lat     []int8
	latBits uint
	// cyrScale and latScale convert the tables' weights back to nats:
	// nats = weight / scale.
	cyrScale, latScale float64
}

// Load returns the model embedded in the binary.
func Load() (*Model, error) {
	m, err := decode(embedded)
	if err != nil {
		return nil, fmt.Errorf("langid: load: %w", err)
	}
	return m, nil
}

// The model file: magic, cyrBits, latBits (one byte each), cyrScale and
// latScale (float32),
// the two weight tables, CRC-32 (IEEE) of everything before it. Integers
// are little-endian.
const (
	magic      = "LITOPYS-LANGID-2"
	headerSize = len(magic) + 2 + 4 + 4
)

func (m *Model) encode() []byte {
	b := make([]byte, 0, headerSize+len(m.cyr)+len(m.lat)+4)
	b = append(b, magic...)
	b = append(b, byte(m.cyrBits), byte(m.latBits))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(m.cyrScale)))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(m.latScale)))
	for _, w := range m.cyr {
		b = append(b, byte(w))
	}
	for _, w := range m.lat {
		b = append(b, byte(w))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func decode(b []byte) (*Model, error) {
	head := headerSize
	if len(b) < head+4 || string(b[:len(magic)]) != magic {
		return nil, litopys.Errorf(litopys.EINVALID, "not a language model")
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, litopys.Errorf(litopys.EINVALID, "language model checksum mismatch")
	}
	m := &Model{cyrBits: uint(b[len(magic)]), latBits: uint(b[len(magic)+1])}
	m.cyrScale = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic)+2:])))
	m.latScale = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic)+6:])))
	if m.cyrBits < 1 || m.cyrBits > 26 || m.latBits < 1 || m.latBits > 26 || !(m.cyrScale > 0) || !(m.latScale > 0) {
		return nil, litopys.Errorf(litopys.EINVALID, "language model header is corrupt")
	}
	nc, nl := 1<<m.cyrBits, 1<<m.latBits
	if len(body) != head+nc+nl {
		return nil, litopys.Errorf(litopys.EINVALID, "language model has %d bytes, want %d", len(b), head+nc+nl+4)
	}
	m.cyr = make([]int8, nc)
	for i, c := range body[head : head+nc] {
		m.cyr[i] = int8(c)
	}
	m.lat = make([]int8, nl)
	for i, c := range body[head+nc:] {
		m.lat[i] = int8(c)
	}
	return m, nil
}
