import type {PresenterStrings} from '../en/presenter.js';

/** Strings of `<pex-presenter>` and `<pex-presentation-view>` (日本語). */
export const presenter: PresenterStrings = {
  'presenter.label': 'プレゼンテーション',
  'presenter.not-joined': '画面やスライドを共有したり、プレゼンテーションを見たりするには会議に参加してください。',
  'presenter.not-allowed': '現在、この会議ではプレゼンテーションが許可されていません。',

  // Sharing
  'presenter.share-screen': '画面を共有',
  'presenter.share-files': '画像または PDF を共有',
  'presenter.drop-hint': 'JPG、PNG、GIF、BMP、PDF のファイルをここにドロップすることもできます。',
  'presenter.drop-here': 'ファイルをドロップしてプレゼンテーション',
  'presenter.stop-presenting': 'プレゼンテーションを停止',
  'presenter.start-presenting': 'プレゼンテーションを開始',
  'presenter.close-slides': 'スライドを閉じる',
  'presenter.add-files': 'ファイルを追加',
  'presenter.starting': 'プレゼンテーションを開始しています…',
  'presenter.presenting-screen': '画面を共有しています。',
  'presenter.presenting-slides': 'これらのスライドをプレゼンテーションしています。',
  'presenter.slides-not-presented': 'スライドはプレゼンテーションされていません。',
  'presenter.screen-preview': '共有中の画面',
  'presenter.screen-unsupported': 'このブラウザーは画面を共有できません。画像と PDF は共有できます。',
  'presenter.screen-not-started':
    '画面共有が開始されませんでした。画面やウィンドウが選ばれなかったか、ブラウザーが許可しませんでした。',

  // What happened to our presentation
  'presenter.taken-over': '{name} がプレゼンテーションを開始したため、あなたのプレゼンテーションは停止しました。',
  'presenter.taken-over-anonymous': 'ほかの人がプレゼンテーションを開始したため、あなたのプレゼンテーションは停止しました。',
  'presenter.refused': '会議でプレゼンテーションが許可されませんでした。',
  'presenter.ended': '画面共有が終了しました。',

  // Slides
  'presenter.slides': 'スライド',
  'presenter.thumbnails': 'すべてのスライド',
  'presenter.previous-slide': '前のスライド',
  'presenter.next-slide': '次のスライド',
  'presenter.slide-counter': '{index} / {count}',
  'presenter.slide-position': 'スライド {index} / {count}',
  'presenter.slide-label': 'スライド {index}: {name}',
  'presenter.slide-label-page': 'スライド {index}: {name}、{page} ページ',
  'presenter.opening-files': 'ファイルを開いています…（残り {count}）',
  'presenter.drawing-slide': 'スライドを描画しています…',
  'presenter.slide-failed': 'このスライドは描画できませんでした。',
  'presenter.slides-keys': '矢印キー、Page Up、Page Down、Home、End でスライドを移動できます。',
  'presenter.no-slides': '選んだファイルはどれも共有できません。',

  // Files that give no slides
  'presenter.file-errors': '共有されないファイルがあります:',
  'presenter.file-error.unsupported': '{name}: 共有できるのは JPG、PNG、GIF、BMP の画像と PDF のみです。',
  'presenter.file-error.empty': '{name} は空です（0 バイト）。',
  'presenter.file-error.corrupt': '{name} は破損しているか、名前が示す種類のファイルではありません。',
  'presenter.file-error.password': '{name} はパスワードで保護されています。パスワードなしのコピーを保存して共有してください。',
  'presenter.file-error.too-large': '{name} は大きすぎて共有できません（画像は 4000 万画素・100 MB まで、PDF は 512 MB まで）。',
  'presenter.file-error.timeout': '{name} は開くのに時間がかかりすぎたため、スキップしました。',
  'presenter.file-error.unavailable':
    'PDF の機能を読み込めなかったため、{name} をスキップしました。接続を確認して、もう一度お試しください。',

  // Viewing
  'presenter.presented-by': '{name} のプレゼンテーション',
  'presenter.not-received': 'ホストがあなたへのプレゼンテーションの送信を停止しました。',
  'presenter.not-received-named': '{name} がプレゼンテーション中ですが、ホストがあなたへの送信を停止しました。',
  'presentation-view.window-title': 'プレゼンテーション',
  'presentation-view.waiting': 'プレゼンテーションを待っています…',
  'presentation-view.full-motion': 'フルモーション',
  'presentation-view.full-motion-hint':
    'オン: ライブ映像。動きのある内容も滑らかです。オフ: 静止画。内容が変わると更新され、CPU の負荷が下がります。',
  'presentation-view.pop-out': '新しいウィンドウで開く',
  'presentation-view.pop-in': 'ここに表示',
  'presentation-view.popped-out': 'プレゼンテーションは別のウィンドウに表示されています。',
  'presentation-view.popup-blocked':
    'ブラウザーが新しいウィンドウをブロックしました。このページのポップアップを許可して、もう一度お試しください。',
};
