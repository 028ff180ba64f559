// Stand-in chat widget (category "functional", service "chat").
(function () {
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'button chat-button';
  button.textContent = 'Chat with us';
  button.addEventListener('click', function () {
    document.cookie = 'nova_chat_conversation=' + Date.now() + '; path=/; max-age=2592000; SameSite=Lax';
    button.textContent = 'An agent will be with you shortly';
  });
  document.body.append(button);
})();
