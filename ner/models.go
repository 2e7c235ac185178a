package ner

import (
	"github.com/litopys/litopys"
	public "github.com/litopys/litopys/gazetteer"
)

// proType is PRO's index in typeNames.
var proType = typeIndex(litopys.PRO)

// markModels writes into gaz the PRO code of a product model, where no
// gazetteer name covers the tokens: a token maker-number ("Су-27",
// "Boeing-737-800") or a maker followed by a model number ("Boeing 737",
// "Airbus A320"). A pattern, not a list, so that a model never named in
// the lists is found too; it shares the gazetteer's features, whose PRO
// weights the lists of products train.
func markModels(toks []litopys.Token, gaz []uint8) {
	for i, t := range toks {
		if gaz[i] != 0 {
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Text
		}
		switch public.ModelAt(t.Text, next) {
		case 1:
			gaz[i] = uint8(1 + 4*proType + 3) // U
		case 2:
			if gaz[i+1] == 0 {
				gaz[i], gaz[i+1] = uint8(1+4*proType), uint8(1+4*proType+2) // B, L
			}
		}
	}
}
