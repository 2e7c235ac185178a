package obs

import (
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/natsq"
)

// Reasons a worker's item failed: the values of the reason label of
// litopys_failures_total. The set is fixed; no error text becomes a label.
const (
	ReasonInvalid  = "invalid_input" // the item or its document cannot be used as given
	ReasonFetch    = "fetch"         // a URL or feed could not be downloaded
	ReasonAnalysis = "analysis"      // the pipeline failed on the document
	ReasonStore    = "store"         // the store did not take the document
	ReasonQueue    = "queue"         // the item was done but could not be acked
	ReasonPoison   = "poison"        // the item was given up on: sent to the dead letters
	ReasonInternal = "internal"      // anything else
)

// reasons lists every reason.
var reasons = []string{ReasonInvalid, ReasonFetch, ReasonAnalysis, ReasonStore, ReasonQueue, ReasonPoison, ReasonInternal}

// Cause returns the reason err, an item's failure, is counted under: from
// its litopys error code first (an invalid, unsupported or too large input
// is invalid_input at whatever stage it was found), then from the stage at
// which it arose. It returns "" for nil.
func Cause(err error) string {
	if err == nil {
		return ""
	}
	switch litopys.ErrorCode(err) {
	case litopys.EINVALID, litopys.EUNSUPPORTED, litopys.ETOOLARGE:
		return ReasonInvalid
	}
	switch natsq.FailedStage(err) {
	case natsq.StageDecode:
		return ReasonInvalid
	case natsq.StageFetch:
		return ReasonFetch
	case natsq.StageAnalyse:
		return ReasonAnalysis
	case natsq.StageStore:
		return ReasonStore
	case natsq.StageAck:
		return ReasonQueue
	}
	return ReasonInternal
}

// Reason returns the reason a settled item is counted under: "" when it
// was done, ReasonPoison when it went to the dead letters, else its Cause.
func Reason(out natsq.Outcome) string {
	switch {
	case out.Err == nil:
		return ""
	case out.Dead:
		return ReasonPoison
	}
	return Cause(out.Err)
}
