import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
// Each element module registers its tag when imported. Importing them before React renders
// means React finds the elements' properties (`conference`, `for`, …) and sets those.
import 'pex-connect/pex-conference.js';
import 'pex-connect/pex-presenter.js';
// JSX types for <pex-*>: attributes, properties and `onpex-*` event handlers.
import type {} from 'pex-connect/react';

function App() {
  const [status, setStatus] = useState('Not in a meeting');
  const [slide, setSlide] = useState('No slides shared');
  return (
    <main>
      <h1>pex-connect in React</h1>
      <p id="status">{status}</p>
      <pex-conference
        id="meeting"
        conference="meet.alice"
        name="React user"
        onpex-joined={(event) => setStatus(`In the meeting ${event.detail.conference}`)}
        onpex-left={(event) => setStatus(`Left: ${event.detail.message}`)}
      />
      <pex-presenter
        for="meeting"
        onpex-presentation-slide-change={(event) => setSlide(`Slide ${event.detail.index + 1} of ${event.detail.count}`)}
      />
      <p id="slide">{slide}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
);
