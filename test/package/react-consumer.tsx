// A React 19 app's code as it uses the elements: the generated JSX types must accept what the
// elements take and refuse what they do not.
import type {} from 'pex-connect/react';
import type {PexEvent} from 'pex-connect';

export function Meeting({onJoined}: {onJoined: (conference: string) => void}) {
  return (
    <pex-conference
      id="meeting"
      conference="meet.alice"
      name="Alice"
      bw={1264}
      default-domain="example.com"
      role="guest"
      onpex-joined={(event: PexEvent<'pex-joined'>) => onJoined(event.detail.conference)}
      onpex-left={(event) => console.log(event.detail.reason)}
    >
      <pex-roster for="meeting" />
      <pex-chat for="meeting" no-previews onpex-chat-unread={(event) => console.log(event.detail.count)} />
      <pex-presenter for="meeting" onpex-presentation-slide-change={(event) => console.log(event.detail.index)} />
    </pex-conference>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error bw is a number */}
      <pex-conference bw={{}} />
      {/* @ts-expect-error pex-joined's detail has no count */}
      <pex-conference onpex-joined={(event) => console.log(event.detail.count)} />
      {/* @ts-expect-error no such element */}
      <pex-conferense />
    </>
  );
}
