package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// TestPublishedPrecedence checks each source of the publication date and
// their order: flag or record, then the page's metadata (meta, JSON-LD,
// <time>), then a dateline of the text, then the format's header date.
func TestPublishedPrecedence(t *testing.T) {
	const prose = "<p>Государственный секретарь США провел переговоры в Южной Корее об усилении военных связей между странами региона.</p>" +
		"<p>Переговоры состоялись после того, как стало известно о поставках боеприпасов и ракет.</p>"
	page := func(head, body string) string {
		return "<html><head><title>Переговоры в Сеуле</title>" + head + "</head><body><article><h1>Переговоры в Сеуле</h1>" + body + prose + "</article></body></html>"
	}
	const (
		meta   = `<meta property="article:published_time" content="2024-11-12T14:35:00+03:00">`
		jsonld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-11-10T08:00:00Z"}</script>`
		tm     = `<time datetime="2024-11-09">9 ноября</time>`
	)
	dateline := "Москва, 12 ноября — РИА Новости. Государственный секретарь США провел переговоры в Южной Корее об усилении военных связей.\n\n" +
		"Переговоры состоялись после того, как стало известно о поставках боеприпасов."
	flag, header := litopys.DayDate(2025, 1, 2), litopys.DayDate(2018, 11, 14)
	tests := []struct {
		name       string
		rec        input.Record
		want       litopys.Date
		wantSource string
	}{
		{"flag wins over the header date", input.Record{Body: dateline, Published: flag, PublishedSource: "flag", HeaderDate: header},
			flag, "flag"},
		{"flag wins over page metadata", input.Record{Body: page(meta+jsonld, tm), HTML: true, Published: flag, PublishedSource: "flag"},
			flag, "flag"},
		{"a record's own date", input.Record{Body: page(meta, ""), HTML: true, Published: flag, PublishedSource: "record"},
			flag, "record"},
		{"meta tag", input.Record{Body: page(meta+jsonld, tm), HTML: true, HeaderDate: header},
			litopys.DayDate(2024, 11, 12), "meta"},
		{"JSON-LD", input.Record{Body: page(jsonld, tm), HTML: true, HeaderDate: header},
			litopys.DayDate(2024, 11, 10), "jsonld"},
		{"time element", input.Record{Body: page("", tm), HTML: true, HeaderDate: header},
			litopys.DayDate(2024, 11, 9), "time"},
		{"dateline, its year from the header date", input.Record{Body: dateline, HeaderDate: header},
			litopys.DayDate(2018, 11, 12), "dateline"},
		{"dateline, its year from the clock", input.Record{Body: dateline},
			litopys.DayDate(2026, 11, 12), "dateline"},
		{"a page's dateline beats the date of its URL", input.Record{Body: page("", "<p>"+strings.Replace(dateline, "\n\n", "</p><p>", 1)+"</p>"),
			HTML: true, URL: "https://example.com/2024/11/10/talks.html", HeaderDate: header},
			litopys.DayDate(2018, 11, 12), "dateline"},
		{"the date of a page's URL when nothing else", input.Record{Body: page("", ""), HTML: true, URL: "https://example.com/2024/11/10/talks.html"},
			litopys.DayDate(2024, 11, 10), "page"},
		{"header date last", input.Record{Body: strings.SplitN(dateline, ". ", 2)[1], HeaderDate: header},
			header, "header"},
		{"nothing", input.Record{Body: strings.SplitN(dateline, ". ", 2)[1]}, litopys.Date{}, ""},
	}
	p := newPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.rec.Source = tt.name
			doc, err := p.AnalyzeStages(context.Background(), tt.rec, pipeline.StagesSpine)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published != tt.want || doc.PublishedSource != tt.wantSource {
				t.Errorf("published %v from %q, want %v from %q", doc.Published, doc.PublishedSource, tt.want, tt.wantSource)
			}
		})
	}
}

// TestBoilerplateTimes checks that the date line and byline removed from a
// page still date the article in the time layer, flagged, and that no
// event takes them.
func TestBoilerplateTimes(t *testing.T) {
	text := "Блинкен прибыл в Сеул\n\nАвтор: Иван Петров, 14 ноября 2024\n\n14.11.2024 13:50\n\n" +
		"Государственный секретарь США Энтони Блинкен в четверг провел переговоры в Южной Корее об усилении военных связей. Об этом сообщает Yonhap.\n\n" +
		"Переговоры состоялись после того, как стало известно о поставках боеприпасов."
	p := newPipeline(t)
	doc, err := p.Analyze(context.Background(), input.Record{Source: "t", Body: text})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != litopys.DayDate(2024, 11, 14) || doc.PublishedSource != "dateline" || doc.Byline != "Иван Петров" {
		t.Errorf("published %v from %q, byline %q", doc.Published, doc.PublishedSource, doc.Byline)
	}
	var flagged []string
	for i, tx := range doc.Times {
		if !tx.Boilerplate {
			if strings.Contains(tx.Text, "14") {
				t.Errorf("time %d %q read in the text, which holds no such date", i, tx.Text)
			}
			continue
		}
		r := doc.Removed[tx.RemovedIndex]
		if r.Kind != litopys.RemovedDate && r.Kind != litopys.RemovedByline || r.Text[tx.Start:tx.End] != tx.Text {
			t.Errorf("boilerplate time %q at %d:%d of removed %q (%s)", tx.Text, tx.Start, tx.End, r.Text, r.Kind)
		}
		flagged = append(flagged, tx.Value.String())
		for _, e := range doc.Events {
			if e.Time == i {
				t.Errorf("event %s dated by the boilerplate time %q", e.Type, tx.Text)
			}
		}
	}
	// The date line's clock time is a time expression of its own, anchored
	// to the date beside it.
	ok := len(flagged) >= 2
	for _, v := range flagged {
		ok = ok && strings.HasPrefix(v, "2024-11-14")
	}
	if !ok {
		t.Errorf("boilerplate times %v, want the byline's and the date line's 2024-11-14", flagged)
	}
}
