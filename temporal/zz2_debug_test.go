package temporal

import (
	"fmt"
	"testing"

	"github.com/litopys/litopys"
)

func TestZZEn(t *testing.T) {
	for _, s := range []string{
		"In early 2023 and in the summer of 2022, on Sept. 12, 2023, since 2014, by the end of the year.",
		"Two weeks ago, on Monday morning, in the 1990s, from 2014 to 2016, last Thursday, next month, this year.",
		"The meeting took place on 5 May. May we go? The talks are due on Friday. In May 2021 and June 2022.",
		"В ночь с 12 на 13 сентября, в первой половине сентября, в первых числах октября, к середине 2024 года.",
		"Четвертого листопада 1989 року, 24.02.2022 о 4:00, у 2022-2023 роках, протягом 2023 року, до 2030-го.",
		"Президент подписал указ № 2023 года, квартира № 12 мая, 1 мая 2000 человек вышли.",
	} {
		fmt.Println(s)
		for _, e := range Find(s, nil, Options{Published: litopys.DayDate(2023, 11, 9), Now: testNow}) {
			fmt.Printf("   %q %s %s mod=%s rule=%s\n", e.Text, e.Value, e.Granularity, e.Mod, e.Rule)
		}
	}
}
