package langid

import (
	"bytes"
	"testing"

	"github.com/litopys/litopys"
)

func TestEncodeDecode(t *testing.T) {
	m := loadModel(t)
	b := m.encode()
	if !bytes.Equal(b, embedded) {
		t.Fatal("encoding the loaded model does not give the embedded bytes back")
	}
}

func TestDecodeRejects(t *testing.T) {
	good := embedded
	flip := bytes.Clone(good)
	flip[len(flip)/2] ^= 1
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"wrong magic", append([]byte("NOT-A-MODEL-AT-ALL"), good[len(magic):]...)},
		{"truncated", good[:len(good)-100]},
		{"flipped bit", flip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(tt.b)
			if litopys.ErrorCode(err) != litopys.EINVALID {
				t.Errorf("decode: error %v, want code %s", err, litopys.EINVALID)
			}
		})
	}
}

func TestModelSize(t *testing.T) {
	if n := len(embedded); n > 4<<20 {
		t.Errorf("embedded model is %d bytes; keep it under 4 MiB", n)
	}
}
