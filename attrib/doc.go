// Package attrib finds who says what in an article: reporting phrases
// ("сообщает Yonhap", "заявив X", "по данным X", "говорится в сообщении
// Госдепа"), citation chains ("Sky.News з посиланням на МЗС"), and direct
// quotes with their speakers. It reads the token, lemma and mention layers
// and fills Document.Attributions.
package attrib
