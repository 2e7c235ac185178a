package attrib

import "strings"

// maxQuote bounds how far a quote is looked for, in bytes.
const maxQuote = 2000

// openingBefore finds the opening quote matching the closing mark that
// starts at end, searching backwards in the same paragraph; it returns the
// offset just after the opening mark, or -1.
func openingBefore(text string, end int, closing string) int {
	open := map[string]string{"»": "«", "”": "“", "“": "„", "\"": "\"", "'": "'", "’": "‘"}[closing]
	if open == "" {
		return -1
	}
	lo := max(0, end-maxQuote)
	seg := text[lo:end]
	if p := strings.LastIndex(seg, "\n"); p >= 0 {
		seg, lo = seg[p+1:], lo+p+1
	}
	i := strings.LastIndex(seg, open)
	if i < 0 {
		return -1
	}
	return lo + i + len(open)
}

// closingAfter finds the closing quote for an opening mark ending at start,
// in the same paragraph; it returns the offset of the closing mark, or -1.
func closingAfter(text string, start int, opening string) int {
	cl := map[string]string{"«": "»", "“": "”", "„": "“", "\"": "\"", "'": "'", "‘": "’"}[opening]
	if cl == "" {
		return -1
	}
	hi := min(len(text), start+maxQuote)
	seg := text[start:hi]
	if p := strings.Index(seg, "\n"); p >= 0 {
		seg = seg[:p]
	}
	i := strings.Index(seg, cl)
	if i < 0 {
		return -1
	}
	return start + i
}
