// The Kanban board: drag a card onto another column to move the item there. The move is posted like the card's own
// form (with the page's CSRF token and the item's version); a refused move puts the card back and shows why.
(function () {
  'use strict';
  var board = document.querySelector('[data-role="board"]');
  if (!board) {
    return;
  }
  var problem = document.querySelector('[data-role="board-problem"]');
  var csrf = {};
  try {
    csrf = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
  } catch (ignored) {
    csrf = {};
  }
  var dragged = null;

  function show(message) {
    problem.textContent = message;
    problem.hidden = !message;
  }

  function count(column, delta) {
    var badge = column.querySelector('[data-role="count"]');
    badge.textContent = String(parseInt(badge.textContent, 10) + delta);
  }

  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.board-card');
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-item'));
  });

  board.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column && dragged) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      column.classList.add('drop-target');
    }
  });

  board.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column) {
      column.classList.remove('drop-target');
    }
  });

  board.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    column.classList.remove('drop-target');
    var card = dragged;
    dragged = null;
    var from = card.closest('.board-column');
    if (from === column) {
      return;
    }
    var next = card.nextSibling;
    column.appendChild(card);
    count(from, -1);
    count(column, 1);
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json', 'X-Requested-With': 'fetch' };
    Object.keys(csrf).forEach(function (name) { headers[name] = csrf[name]; });
    var body = 'status=' + encodeURIComponent(column.getAttribute('data-status'))
      + '&version=' + encodeURIComponent(card.getAttribute('data-version'));
    fetch('/work-items/' + card.getAttribute('data-item') + '/board-move', {
      method: 'POST', headers: headers, body: body, credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) {
          throw new Error(answer.message || answer.detail || board.getAttribute('data-failed'));
        }
        card.setAttribute('data-version', String(answer.version));
        var version = card.querySelector('input[name="version"]');
        if (version) {
          version.value = String(answer.version);
        }
        var select = card.querySelector('select[name="status"]');
        if (select) {
          select.innerHTML = '';
          (answer.allowedTransitions || []).forEach(function (status) {
            var option = document.createElement('option');
            var heading = board.querySelector('.board-column[data-status="' + status + '"] h2 span');
            option.value = status;
            option.textContent = heading ? heading.textContent : status;
            select.appendChild(option);
          });
        }
        show('');
      });
    }).catch(function (failure) {
      from.insertBefore(card, next && next.parentNode === from ? next : null);
      count(column, -1);
      count(from, 1);
      show(failure.message || board.getAttribute('data-failed'));
    });
  });
})();
