package sqlstore

import (
	"context"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
)

// Entities finds entities by any spelling, most mentioned first.
func (r *Reader) Entities(ctx context.Context, q litopys.EntityQuery) (litopys.EntityList, error) {
	var readings []string
	if q.Text != "" {
		a, err := r.analyzer()
		if err != nil {
			return litopys.EntityList{}, err
		}
		readings = a.NameReadings(q.Text)
	}
	return registry.Find(ctx, r.q, registry.Default(), q, readings)
}

// CanonicalEntity returns the id the entity known by id has now.
func (r *Reader) CanonicalEntity(ctx context.Context, id string) (string, error) {
	return registry.Canonical(ctx, r.q, id)
}

// EntityChanges returns the registry's log about id.
func (r *Reader) EntityChanges(ctx context.Context, id string) ([]litopys.EntityChange, error) {
	return registry.Changes(ctx, r.q, id)
}
