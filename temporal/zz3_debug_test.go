package temporal

import (
	"fmt"
	"testing"

	"github.com/litopys/litopys"
)

func TestZZOne(t *testing.T) {
	s := "Близько 400 льотчиків Ryanair в Німеччині будуть страйкувати протягом 24 годин, починаючи з ранку у п'ятницю, що вплине на всі рейси Ryanair в країні."
	for _, e := range Find(s, nil, Options{Published: litopys.DayDate(2018, 8, 8), Lang: "uk", Now: testNow}) {
		fmt.Printf("   %q %s %s mod=%s rule=%s\n", e.Text, e.Value, e.Granularity, e.Mod, e.Rule)
	}
}
