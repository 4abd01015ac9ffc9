// A course page's side of the embedding messages (docs/embedding.md): it follows the embedded
// page's epochs without touching the frame, and says so when the goal is reached. A file of
// its own, because the course page's CSP allows no inline script either.
window.descentMessages = [];
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.type !== 'descent' || m.event !== 'epoch') return;
  window.descentMessages.push(m);
  const li = document.createElement('li');
  li.textContent = `${m.page} epoch ${m.metrics.epoch ?? m.metrics.iteration}: test accuracy ${m.metrics.testAccuracy}`;
  document.getElementById('messages').append(li);
  if (m.metrics.testAccuracy >= 0.9) document.getElementById('reached').hidden = false;
});
