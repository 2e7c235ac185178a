// Entity suggestions for the filters' entity field: as the analyst types a
// name in any spelling, the entities the store knows by it (any alias,
// inflected form, script or romanisation, most mentioned first) are offered
// in the field's datalist, by id and name. Without this script the field
// still takes a name: the server looks it up the same way.
(function () {
  "use strict";
  var field = document.querySelector('form.filters input[name="entity"]');
  var list = document.getElementById("entity-suggestions");
  if (!field || !list || !window.fetch) {
    return;
  }
  var timer = 0, asked = "";
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  function suggest() {
    var q = field.value.trim();
    if (q.length < 2 || q === asked) {
      return;
    }
    asked = q;
    fetch("/api/entities?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
      .then(function (body) {
        if (q !== asked) {
          return; // a later question is on its way
        }
        list.replaceChildren();
        (body.entities || []).forEach(function (e) {
          var o = document.createElement("option");
          o.value = e.id;
          o.label = e.name + " (" + e.type + ")";
          list.appendChild(o);
        });
      })
      .catch(function () {});
  }
})();
