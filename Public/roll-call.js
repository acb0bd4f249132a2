// Roll call without reloading: each tap still posts the same form the page works with
// when JavaScript is off; here the answer is awaited and the buttons and counts updated.
(function () {
  var list = document.querySelector('[data-roll-call]');
  if (!list || !window.fetch) return;
  list.addEventListener('submit', function (event) {
    var form = event.target;
    var row = form.closest('li');
    event.preventDefault();
    var button = form.querySelector('button');
    button.disabled = true;
    // getAttribute: the form's hidden field named "action" hides the form.action property.
    fetch(form.getAttribute('action'), { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        row.querySelectorAll('button[aria-pressed]').forEach(function (other) {
          other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
        });
        recount();
      })
      .catch(function () { form.submit(); })
      .finally(function () { button.disabled = false; });
  });
  function recount() {
    document.querySelectorAll('[data-count]').forEach(function (cell) {
      var status = cell.getAttribute('data-count');
      cell.textContent = list.querySelectorAll('button.status-' + status + '[aria-pressed="true"]').length;
    });
  }
})();
