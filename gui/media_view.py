"""Audio and video outputs played inline with Qt Multimedia: play/pause, seek, volume, save;
its controls wrap onto more lines in a narrow pane.
Imported only when a sound or video arrives (Qt Multimedia is slow to load)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .image_grid import FlowLayout
from .plain_text import plain_label, plain_tooltip
from .saving import SaveButton, human_size


def clock(milliseconds: int) -> str:
    seconds = max(0, milliseconds) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class MediaCard(QFrame):
    def __init__(self, path: Path, video: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoCard" if video else "audioCard")
        self.path = path
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.audio.setVolume(0.8)
        self.player.setAudioOutput(self.audio)
        layout = QVBoxLayout(self)
        self.video = None
        if video:
            self.video = QVideoWidget(self)
            self.video.setMinimumHeight(240)
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.clicked.connect(self.toggle)
        self.seek = QSlider(Qt.Orientation.Horizontal, self)
        self.seek.setObjectName("seekSlider")
        self.seek.setAccessibleName(self.tr("Position"))
        self.seek.setMinimumWidth(40)
        self.seek.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00", self)
        self.time.setObjectName("mediaTime")
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setFixedWidth(90)
        self.volume.valueChanged.connect(lambda value: self.audio.setVolume(value / 100))
        volume_label = QLabel(self.tr("Volume"), self)
        volume_label.setBuddy(self.volume)
        volume = QWidget(self)  # the word and its slider wrap together
        volume_row = QHBoxLayout(volume)
        volume_row.setContentsMargins(0, 0, 0, 0)
        volume_row.addWidget(volume_label)
        volume_row.addWidget(self.volume)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.seek, 1)
        controls.addWidget(self.time)
        shown = self.tr("{name} · {size}").format(name=path.name, size=human_size(path.stat().st_size))
        info = plain_label(shown, self)  # the name is the model's
        info.setObjectName("mediaInfo")
        info.setToolTip(plain_tooltip(shown))
        info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = SaveButton(path, self)
        self.buttons = [self.play_button, self.save_button]
        footer = FlowLayout()
        footer.addWidget(volume)
        footer.addWidget(self.save_button)
        layout.addLayout(controls)
        layout.addWidget(info)
        layout.addLayout(footer)
        self._name_play_button(playing=False)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def toggle(self, *_args: object) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _duration(self, duration: int) -> None:
        self.seek.setRange(0, duration)
        self._position(self.player.position())

    def _position(self, position: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(position)
        self.time.setText(f"{clock(position)} / {clock(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self._name_play_button(playing)

    def _name_play_button(self, playing: bool) -> None:
        name = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setAccessibleName(name)
        self.play_button.setToolTip(name)  # the button shows only a symbol
