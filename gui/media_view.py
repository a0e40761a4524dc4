"""Audio and video outputs played inline with Qt Multimedia: play/pause, seek, volume, save.
Imported only when a sound or video arrives (Qt Multimedia is slow to load)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QVBoxLayout, QWidget

from .plain_text import plain_label
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
        self.play_button.setAccessibleName("Play")
        self.play_button.clicked.connect(self.toggle)
        self.seek = QSlider(Qt.Orientation.Horizontal, self)
        self.seek.setObjectName("seekSlider")
        self.seek.setAccessibleName("Position")
        self.seek.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00", self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName("Volume")
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(90)
        self.volume.valueChanged.connect(lambda value: self.audio.setVolume(value / 100))
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.seek, 1)
        controls.addWidget(self.time)
        controls.addWidget(QLabel("Volume", self))
        controls.addWidget(self.volume)
        info = plain_label(f"{path.name} · {human_size(path.stat().st_size)}", self)  # the name is the model's
        info.setObjectName("mediaInfo")
        footer = QHBoxLayout()
        footer.addWidget(info, 1)
        footer.addWidget(SaveButton(path, self))
        layout.addLayout(controls)
        layout.addLayout(footer)
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
        self.play_button.setAccessibleName("Pause" if playing else "Play")
