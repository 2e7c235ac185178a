package input

import (
	"regexp"
	"strconv"
	"time"

	"github.com/litopys/litopys"
)

// urlDateRe finds a day written into a URL path as news sites do:
// /2018-03-22/, /2018/03/22/ or a dated file name (/2018-03-22_title).
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)([-/])(\d\d)([-/])(\d\d)(?:[/_.-]|$)`)

// urlDate returns the publication day a URL states, or zero: the first
// valid date of the path between 1990 and next year, written with one
// separator throughout. Many news sites (ng.ru, most newspapers' archives)
// carry no date in their feeds but put it in every article's path, and the
// stories are bounded in time by it.
func urlDate(u string) litopys.Date {
	for _, m := range urlDateRe.FindAllStringSubmatch(u, 3) {
		if m[2] != m[4] {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[3])
		d, _ := strconv.Atoi(m[5])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if y < 1990 || y > time.Now().Year()+1 || t.Month() != time.Month(mo) || t.Day() != d {
			continue
		}
		return litopys.DayDate(y, time.Month(mo), d)
	}
	return litopys.Date{}
}
