package corpus

import "testing"

// TestNerUKType maps ner-uk's works, documents and miscellany to BSNLP's
// products and events, leaving out what BSNLP does not annotate.
func TestNerUKType(t *testing.T) {
	for _, tc := range []struct{ typ, text, want string }{
		{"PERS", "Устимко", "PER"},
		{"ORG", "Кабміну", "ORG"},
		{"ART", "Біблії", "PRO"},
		{"ART", "Віснику державних закупівель", "PRO"},
		{"ART", "Євро-2012", "EVT"},
		{"DOC", "Повітряного кодексу України", "PRO"},
		{"DOC", "КК", "PRO"},
		{"DOC", "Закону «Про публічні закупівлі»", "PRO"},
		{"DOC", "закон «Про охорону культурної спадщини»", "PRO"},
		{"DOC", "договір оренди", ""},
		{"DOC", "договору №3 від 25.05.2011 року", ""},
		{"DOC", "ухвала Печерського райсуду м. Києва від 9 лютого", ""},
		{"DOC", "Указом Президента", ""},
		{"DOC", "ч. 2 ст. 369-2 КК", ""},
		{"MISC", "Другої світової війни", "EVT"},
		{"MISC", "Різдва", "EVT"},
		{"MISC", "Революції Гідності", "EVT"},
		{"MISC", "Інтернету", ""},
		{"JOB", "прем'єр", ""},
	} {
		if got := nerUKType(tc.typ, tc.text); got != tc.want {
			t.Errorf("nerUKType(%s, %q) = %q, want %q", tc.typ, tc.text, got, tc.want)
		}
	}
}
